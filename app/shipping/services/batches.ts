import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { saveUnique } from '#core/db/savepoint'
import type ShippingBatch from '#shipping/models/shipping_batch'
import { AliasTaken } from '#shipping/exceptions/shipping_errors'

/** Saves a batch in `trx`; an alias another batch has is a 400 `unique`. */
export async function saveBatch(batch: ShippingBatch, trx: TransactionClientContract) {
  await saveUnique(batch, trx, { alias: () => new AliasTaken() })
}
