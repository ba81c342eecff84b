import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import { lockedBatchWithTransport, lockedItem } from '#shipping/services/locks'
import { batchRules, enforceBatchRule } from '#shipping/queries/batch_rules'
import { ItemNotInBatch } from '#shipping/exceptions/shipping_errors'
import { ItemRemovedFromBatch } from '#shipping/events/item_removed_from_batch'

/**
 * Takes one item out of a batch before departure (refused once the batch
 * is closed or its transport has left, as AddItemsToBatch is). An item
 * MOVING in no other batch goes back to CREATED: nothing is moving it now.
 */
@inject()
export class RemoveItemFromBatch {
  constructor(private outbox: Outbox) {}

  async handle(alias: string, trackingNumber: string, actor: string | null) {
    return transaction(async (trx) => {
      const { batch, transport } = await lockedBatchWithTransport(trx, alias)
      enforceBatchRule(batchRules(batch, transport).removeItem)
      const item = await lockedItem(trx, trackingNumber)

      const removed = await trx
        .from('shipping_batch_items')
        .where('batch_id', batch.id)
        .where('item_id', item.id)
        .delete()
      if (Number(removed) === 0) throw new ItemNotInBatch()

      // Only open batches keep an item MOVING (a closed batch without a transport does not).
      const [others] = await trx
        .from('shipping_batch_items as bi')
        .join('shipping_batches as b', 'b.id', 'bi.batch_id')
        .where('bi.item_id', item.id)
        .where('b.completed', false)
        .count('* as total')
      const reverted = item.status === 'MOVING' && Number(others.total) === 0
      if (reverted) {
        await trx
          .from('shipping_items')
          .where('id', item.id)
          .update({ status: 'CREATED', updated_at: dbTimestamp(trx) })
      }
      await this.outbox.record(
        trx,
        new ItemRemovedFromBatch({ batchAlias: batch.alias, trackingNumber, reverted, actor })
      )
      return { trackingNumber, status: reverted ? 'CREATED' : item.status }
    })
  }
}
