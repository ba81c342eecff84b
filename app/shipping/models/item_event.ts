import { ShippingItemEventSchema } from '#database/schema'

/** One line of an item's timeline, written by the timeline listeners. */
export default class ItemEvent extends ShippingItemEventSchema {
  static table = 'shipping_item_events'
}
