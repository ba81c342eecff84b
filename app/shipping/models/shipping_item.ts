import { ShippingItemSchema } from '#database/schema'
import { column } from '@adonisjs/lucid/orm'
import type { ItemStatus } from '#shipping/enums/item_status'

export default class ShippingItem extends ShippingItemSchema {
  static table = 'shipping_items'

  @column()
  declare status: ItemStatus
}
