import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
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
 * cannot depart meanwhile). Re-reads when the batch moved to another
 * transport between the two reads.
 */
export async function lockedBatchWithTransport(trx: TransactionClientContract, alias: string) {
  for (;;) {
    const peek = await ShippingBatch.query({ client: trx }).where('alias', alias).first()
    if (!peek) throw NotFoundError.forResource('ShippingBatch')
    const transport = peek.transportId
      ? await ShippingTransport.query({ client: trx })
          .where('id', peek.transportId)
          .forShare()
          .firstOrFail()
      : null
    const batch = await ShippingBatch.query({ client: trx })
      .where('id', peek.id)
      .forUpdate()
      .first()
    if (!batch) throw NotFoundError.forResource('ShippingBatch')
    if (batch.transportId === peek.transportId) return { batch, transport }
  }
}

export async function lockedItem(trx: TransactionClientContract, trackingNumber: string) {
  const item = await ShippingItem.query({ client: trx })
    .where('tracking_number', trackingNumber)
    .forUpdate()
    .first()
  if (!item) throw NotFoundError.forResource('ShippingItem')
  return item
}
