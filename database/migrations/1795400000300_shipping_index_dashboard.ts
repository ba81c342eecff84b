import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * What the console's dashboard counts (app/shipping/queries/dashboard_figures.ts),
 * each answered from an index alone at 1M items:
 * - items delivered per day: a range of `timestamp_completed` (the last 14
 *   days), which had no index, so each count read the whole table;
 * - top routes: transports grouped by (source, destination); with the pair
 *   in one index PostgreSQL groups an index-only scan in index order instead
 *   of sorting or hashing the table.
 * Items per status (the `status` index), items created per day
 * (`shipping_items_listing_index`, led by `timestamp_created`) and open
 * transports (the `completed` index; open ones are few) already have theirs.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('shipping_items', (table) => {
      table.index(['timestamp_completed'], 'shipping_items_completed_index')
    })
    this.schema.alterTable('shipping_transports', (table) => {
      table.index(
        ['distribution_center_code_source', 'distribution_center_code_destination'],
        'shipping_transports_route_index'
      )
    })
  }

  async down() {
    this.schema.alterTable('shipping_transports', (table) => {
      table.dropIndex([], 'shipping_transports_route_index')
    })
    this.schema.alterTable('shipping_items', (table) => {
      table.dropIndex([], 'shipping_items_completed_index')
    })
  }
}
