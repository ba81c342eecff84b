import { fetchPage } from '#core/queries/page'
import { whereContains } from '#core/db/contains'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingBatch from '#shipping/models/shipping_batch'
import { orderedNewestFirst } from '#shipping/services/ordering'
import type { BatchFilters } from '#shipping/validators/list_validators'

/**
 * Batches, all or one transport's: filter `completed`, `search` in the alias
 * (any case), `ordering` over the timestamps.
 */
export class ListBatches {
  async handle(filters: BatchFilters, scope: { transportId?: number } = {}) {
    const query = ShippingBatch.query()
    if (scope.transportId !== undefined) query.where('transport_id', scope.transportId)
    if (filters.completed !== undefined) query.where('completed', filters.completed)
    if (filters.search !== undefined) whereContains(query, ['alias'], filters.search)
    return fetchPage(orderedNewestFirst(query, filters.ordering), pageRequestOf(filters))
  }
}
