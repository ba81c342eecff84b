import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import { lockedBatchWithTransport } from '#shipping/services/locks'
import { BatchAssigned } from '#shipping/exceptions/shipping_errors'
import { BatchDeleted } from '#shipping/events/batch_deleted'

/**
 * Deletes a batch that is on no transport (409 otherwise). Items it was
 * moving go back to CREATED: an open batch is the only one they were in.
 * One `BatchDeleted` event, whatever the number of items.
 */
@inject()
export class DeleteBatch {
  constructor(private outbox: Outbox) {}

  async handle(alias: string, actor: string | null) {
    await transaction(async (trx) => {
      const { batch } = await lockedBatchWithTransport(trx, alias)
      if (batch.transportId !== null) throw new BatchAssigned()

      const memberIds = trx
        .from('shipping_batch_items')
        .where('batch_id', batch.id)
        .select('item_id')
      const reverted: { tracking_number: string }[] = batch.completed
        ? []
        : await trx
            .from('shipping_items')
            .whereIn('id', memberIds)
            .where('status', 'MOVING')
            .orderBy('id')
            .forUpdate()
            .select('tracking_number')
      if (reverted.length > 0) {
        await trx
          .from('shipping_items')
          .whereIn(
            'tracking_number',
            reverted.map((row) => row.tracking_number)
          )
          .update({ status: 'CREATED', updated_at: dbTimestamp(trx) })
      }
      await batch.useTransaction(trx).delete()
      await this.outbox.record(
        trx,
        new BatchDeleted({
          batchAlias: alias,
          revertedTrackingNumbers: reverted.map((row) => row.tracking_number),
          actor,
        })
      )
    })
  }
}
