import { inject } from '@adonisjs/core'
import type { HttpRequest } from '@adonisjs/core/http'
import { paginate, pageRequestFrom } from '#core/http/pagination'
import { booleanFilter, orderingFrom } from '#core/http/list_params'
import ShippingBatch from '#shipping/models/shipping_batch'
import { ShippingViews } from '#shipping/queries/shipping_views'
import { orderedNewestFirst } from '#shipping/queries/ordering'

export const BATCH_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_completed: 'timestamp_completed',
}

/** Batches, all or one transport's: filter `completed`, `ordering` over the timestamps. */
@inject()
export class ListBatches {
  constructor(private views: ShippingViews) {}

  async handle(request: HttpRequest, scope: { transportId?: number } = {}) {
    const qs = request.qs()
    const query = ShippingBatch.query()
    if (scope.transportId !== undefined) query.where('transport_id', scope.transportId)
    const completed = booleanFilter(qs, 'completed')
    if (completed !== undefined) query.where('completed', completed)
    orderedNewestFirst(query, orderingFrom(qs, BATCH_ORDERING))
    return paginate(query, pageRequestFrom(qs), request, (batches) => this.views.batches(batches))
  }
}
