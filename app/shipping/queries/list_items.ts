import db from '@adonisjs/lucid/services/db'
import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingItem from '#shipping/models/shipping_item'
import { orderedNewestFirst } from '#shipping/services/ordering'
import type { ItemFilters } from '#shipping/validators/list_validators'

/**
 * Items, all or one batch's: filters `status` and
 * `current_distribution_center_code`, `ordering` over the two timestamps.
 */
export class ListItems {
  async handle(filters: ItemFilters, scope: { batchId?: number } = {}) {
    return fetchPage(this.query(filters, scope), pageRequestOf(filters))
  }

  /** The filtered, ordered rows before paging (the benchmark explains its SQL). */
  query(filters: ItemFilters, scope: { batchId?: number } = {}) {
    const query = ShippingItem.query()
    if (scope.batchId !== undefined) {
      query.whereIn(
        'id',
        db.from('shipping_batch_items').where('batch_id', scope.batchId).select('item_id')
      )
    }
    if (filters.status) query.where('status', filters.status)
    const center = filters.current_distribution_center_code
    if (center) query.where('current_distribution_center_code', center)
    return orderedNewestFirst(query, filters.ordering)
  }
}
