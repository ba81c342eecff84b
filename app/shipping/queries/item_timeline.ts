import type { HttpRequest } from '@adonisjs/core/http'
import { paginate, pageRequestFrom } from '#core/http/pagination'
import { NotFoundError } from '#core/exceptions/domain_error'
import ShippingItem from '#shipping/models/shipping_item'
import ItemEvent from '#shipping/models/item_event'
import { ItemEventTransformer } from '#shipping/transformers/item_event_transformer'

/** `shippingitems/<tn>/events/`: what happened to an item, oldest first. */
export class ItemTimeline {
  async handle(request: HttpRequest, trackingNumber: string) {
    const item = await ShippingItem.findBy('tracking_number', trackingNumber)
    if (!item) throw NotFoundError.forResource('ShippingItem')
    const query = ItemEvent.query().where('item_id', item.id).orderBy('occurred_at').orderBy('id')
    return paginate(query, pageRequestFrom(request.qs()), request, (entries) =>
      entries.map((entry) => ItemEventTransformer.toJson(entry))
    )
  }
}
