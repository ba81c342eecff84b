import { column } from '@adonisjs/lucid/orm'
import { ShippingTransportSchema } from '#database/schema'
import { booleanColumn } from '#core/db/columns'

export default class ShippingTransport extends ShippingTransportSchema {
  static table = 'shipping_transports'

  @column(booleanColumn)
  declare completed: boolean

  get departed(): boolean {
    return this.timestampDeparted !== null
  }
}
