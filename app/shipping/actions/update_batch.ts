import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { lockedBatchWithTransport } from '#shipping/services/locks'
import { saveBatch } from '#shipping/services/batches'
import { BatchCompleted, BatchOnTransport } from '#shipping/exceptions/shipping_errors'

export type BatchChanges = { alias?: string; completed?: boolean }

/**
 * Changes a batch: renames it, or closes an open batch that is on no
 * transport (a batch on a transport completes with it; a completed batch
 * stays completed).
 */
export class UpdateBatch {
  async handle(alias: string, changes: BatchChanges) {
    return transaction(async (trx) => {
      const { batch } = await lockedBatchWithTransport(trx, alias)
      if (changes.completed === false && batch.completed) throw new BatchCompleted()
      if (changes.completed === true && !batch.completed) {
        if (batch.transportId !== null) throw new BatchOnTransport()
        batch.merge({ completed: true, timestampCompleted: DateTime.now() })
      }
      if (changes.alias !== undefined) batch.alias = changes.alias
      await saveBatch(batch, trx)
      return batch
    })
  }
}
