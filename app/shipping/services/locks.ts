import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { inSavepoint } from '#core/db/savepoint'
import { NotFoundError } from '#core/exceptions/domain_error'
import ShippingItem from '#shipping/models/shipping_item'
import ShippingBatch from '#shipping/models/shipping_batch'
import ShippingTransport from '#shipping/models/shipping_transport'

/*
| Row locks for the rest of the transaction, 404 when the row is unknown.
| Every action takes them in one order: transport, then batches, then items.
| Then it writes `shipping_items` in at most one statement: the counts'
| trigger locks its count rows in key order per statement, and two rounds
| of item writes in one transaction could deadlock with another (ADR 0016).
*/

export async function lockedTransport(trx: TransactionClientContract, uuid: string) {
  const transport = await ShippingTransport.query({ client: trx })
    .where('uuid', uuid)
    .forUpdate()
    .first()
  if (!transport) throw NotFoundError.forResource('ShippingTransport')
  return transport
}

/**
 * The batch, locked after its transport (share-locked, so the transport
 * cannot depart meanwhile), in that order like every action. A batch never
 * leaves the transport it is on, but one on none may be put on one between
 * the first read and the lock: the batch is then locked in a savepoint, so
 * that, when a transport took it meanwhile, its lock goes before the
 * transport's is taken. (Held while asking for the transport, it would
 * close a cycle with an action holding the transport and asking for the
 * batch: a deadlock, one of them aborted.)
 */
export async function lockedBatchWithTransport(
  trx: TransactionClientContract,
  alias: string
): Promise<{ batch: ShippingBatch; transport: ShippingTransport | null }> {
  const peek = await ShippingBatch.query({ client: trx }).where('alias', alias).first()
  if (!peek) throw NotFoundError.forResource('ShippingBatch')
  if (peek.transportId !== null) {
    const transport = await ShippingTransport.query({ client: trx })
      .where('id', peek.transportId)
      .forShare()
      .firstOrFail()
    return { batch: await lockedBatch(trx, peek.id), transport }
  }
  const batch = await inSavepoint(trx, (savepoint) => lockedBatch(savepoint, peek.id), {
    keep: (locked) => locked.transportId === null,
  })
  if (batch.transportId !== null) return lockedBatchWithTransport(trx, alias)
  return { batch: batch.useTransaction(trx), transport: null }
}

async function lockedBatch(client: TransactionClientContract, id: number) {
  const batch = await ShippingBatch.query({ client }).where('id', id).forUpdate().first()
  if (!batch) throw NotFoundError.forResource('ShippingBatch')
  return batch
}

export async function lockedItem(trx: TransactionClientContract, trackingNumber: string) {
  const item = await ShippingItem.query({ client: trx })
    .where('tracking_number', trackingNumber)
    .forUpdate()
    .first()
  if (!item) throw NotFoundError.forResource('ShippingItem')
  return item
}
