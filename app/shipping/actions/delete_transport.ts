import { transaction } from '#core/db/transaction'
import { lockedTransport } from '#shipping/services/locks'
import { TransportHasBatches } from '#shipping/exceptions/shipping_errors'

/** Deletes a transport that carries no batch (409 otherwise). */
export class DeleteTransport {
  async handle(uuid: string) {
    await transaction(async (trx) => {
      const transport = await lockedTransport(trx, uuid)
      const batch = await trx.from('shipping_batches').where('transport_id', transport.id).first()
      if (batch) throw new TransportHasBatches()
      await transport.useTransaction(trx).delete()
    })
  }
}
