import { column } from '@adonisjs/lucid/orm'
import { ShippingBatchSchema } from '#database/schema'
import { booleanColumn } from '#core/db/columns'

export default class ShippingBatch extends ShippingBatchSchema {
  static table = 'shipping_batches'

  @column(booleanColumn)
  declare completed: boolean

  @column()
  declare transportId: number | null
}
