import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The index on `shipping_items.status` alone answered the per-status counts,
 * which now come from `shipping_item_counts` (ADR 0016); a filter on status
 * uses the leading column of `(status, timestamp_created, id)`. A status
 * change cannot be a HOT update, so every index gets a new entry per row:
 * completing a 100,000-item transport wrote one index fewer (11–14% cheaper
 * in the bulk benchmark's update).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('shipping_items', (table) => {
      table.dropIndex(['status'])
    })
  }

  async down() {
    this.schema.alterTable('shipping_items', (table) => {
      table.index(['status'])
    })
  }
}
