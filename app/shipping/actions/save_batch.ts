import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { saveUnique } from '#core/db/savepoint'
import ShippingBatch from '#shipping/models/shipping_batch'
import { lockedBatchWithTransport } from '#shipping/services/locks'
import { insertWithFreshCode, newBatchAlias } from '#shipping/services/codes'
import { AliasTaken, BatchCompleted, BatchOnTransport } from '#shipping/exceptions/shipping_errors'

export type BatchChanges = { alias?: string; completed?: boolean }

/**
 * Opens a batch (a client may choose its alias), or changes one: rename
 * it, or close an open batch that is on no transport (a batch on a
 * transport completes with it; a completed batch stays completed).
 */
export class SaveBatch {
  async create(input: { alias?: string }) {
    return db.transaction(async (trx) => {
      const fields = () => ({
        uuid: randomUUID(),
        completed: false,
        transportId: null,
        timestampCreated: DateTime.now(),
      })
      if (input.alias === undefined) {
        return insertWithFreshCode(trx, 'alias', (client) =>
          ShippingBatch.create({ ...fields(), alias: newBatchAlias() }, { client })
        )
      }
      const batch = new ShippingBatch().merge({ ...fields(), alias: input.alias })
      await this.#save(batch, trx)
      return batch
    })
  }

  async update(alias: string, changes: BatchChanges) {
    return db.transaction(async (trx) => {
      const { batch } = await lockedBatchWithTransport(trx, alias)
      if (changes.completed === false && batch.completed) throw new BatchCompleted()
      if (changes.completed === true && !batch.completed) {
        if (batch.transportId !== null) throw new BatchOnTransport()
        batch.merge({ completed: true, timestampCompleted: DateTime.now() })
      }
      if (changes.alias !== undefined) batch.alias = changes.alias
      await this.#save(batch, trx)
      return batch
    })
  }

  async #save(batch: ShippingBatch, trx: TransactionClientContract) {
    await saveUnique(batch, trx, { alias: () => new AliasTaken() })
  }
}
