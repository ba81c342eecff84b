import { inject } from '@adonisjs/core'
import type { HttpRequest } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { paginate, pageRequestFrom } from '#core/http/pagination'
import { choiceFilter, orderingFrom, textFilter } from '#core/http/list_params'
import ShippingItem from '#shipping/models/shipping_item'
import { ShippingViews } from '#shipping/queries/shipping_views'
import { orderedNewestFirst } from '#shipping/queries/ordering'
import { ITEM_STATUSES } from '#shipping/enums/item_status'

export const ITEM_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_completed: 'timestamp_completed',
}

/**
 * Items, all or one batch's: filters `status` and
 * `current_distribution_center_code`, `ordering` over the two timestamps.
 */
@inject()
export class ListItems {
  constructor(private views: ShippingViews) {}

  async handle(request: HttpRequest, scope: { batchId?: number } = {}) {
    const qs = request.qs()
    const query = ShippingItem.query()
    if (scope.batchId !== undefined) {
      query.whereIn(
        'id',
        db.from('shipping_batch_items').where('batch_id', scope.batchId).select('item_id')
      )
    }
    const status = choiceFilter(qs, 'status', ITEM_STATUSES)
    if (status) query.where('status', status)
    const center = textFilter(qs, 'current_distribution_center_code')
    if (center) query.where('current_distribution_center_code', center)
    orderedNewestFirst(query, orderingFrom(qs, ITEM_ORDERING))
    return paginate(query, pageRequestFrom(qs), request, (items) => this.views.items(items))
  }
}
