import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The item list's default order is newest first with `id` as tie-break, most
 * often filtered by status. With an index on `timestamp_created` alone the
 * database sorted every matching row again for the tie-break and filtered the
 * status row by row (a deep page of 1M items scanned and sorted 709k rows):
 * these indexes hand rows over in list order, so a page reads only its rows
 * and those it skips.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('shipping_items', (table) => {
      table.dropIndex(['timestamp_created'])
      table.index(['timestamp_created', 'id'], 'shipping_items_listing_index')
      table.index(['status', 'timestamp_created', 'id'], 'shipping_items_status_listing_index')
    })
  }

  async down() {
    this.schema.alterTable('shipping_items', (table) => {
      table.dropIndex([], 'shipping_items_status_listing_index')
      table.dropIndex([], 'shipping_items_listing_index')
      table.index(['timestamp_created'])
    })
  }
}
