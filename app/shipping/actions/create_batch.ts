import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import ShippingBatch from '#shipping/models/shipping_batch'
import { newBatchAlias, withFreshCode } from '#shipping/services/codes'
import { saveBatch } from '#shipping/services/batches'

/** Opens a batch; a client may choose its alias, else a fresh one is drawn. */
export class CreateBatch {
  async handle(input: { alias?: string }) {
    const fields = () => ({
      uuid: randomUUID(),
      completed: false,
      transportId: null,
      timestampCreated: DateTime.now(),
    })
    if (input.alias === undefined) {
      return withFreshCode('alias', () =>
        transaction((trx) =>
          ShippingBatch.create({ ...fields(), alias: newBatchAlias() }, { client: trx })
        )
      )
    }
    return transaction(async (trx) => {
      const batch = new ShippingBatch().merge({ ...fields(), alias: input.alias })
      await saveBatch(batch, trx)
      return batch
    })
  }
}
