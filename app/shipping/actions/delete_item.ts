import db from '@adonisjs/lucid/services/db'
import { lockedItem } from '#shipping/services/locks'
import { ItemInTransit } from '#shipping/exceptions/shipping_errors'

/**
 * Deletes an item, its batch memberships and its timeline; refused (409)
 * while it travels on a departed, unfinished transport.
 */
export class DeleteItem {
  async handle(trackingNumber: string) {
    await db.transaction(async (trx) => {
      const item = await lockedItem(trx, trackingNumber)
      const travelling = await trx
        .from('shipping_batch_items as bi')
        .join('shipping_batches as b', 'b.id', 'bi.batch_id')
        .join('shipping_transports as t', 't.id', 'b.transport_id')
        .where('bi.item_id', item.id)
        .where('t.completed', false)
        .whereNotNull('t.timestamp_departed')
        .first()
      if (travelling) throw new ItemInTransit()
      await item.useTransaction(trx).delete()
    })
  }
}
