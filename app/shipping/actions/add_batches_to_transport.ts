import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import ShippingBatch from '#shipping/models/shipping_batch'
import { lockedTransport } from '#shipping/services/locks'
import { BatchAddedToTransport } from '#shipping/events/batch_added_to_transport'
import {
  BulkRefused,
  ELEMENT_REFUSALS,
  type ElementRefusal,
} from '#shipping/exceptions/shipping_errors'
import { TransportFactsReader, enforce, transportRules } from '#shipping/services/transport_rules'

/**
 * `POST transports/<uuid>/add/`: loads batches onto a transport that has
 * not departed. All or nothing, one refusal entry per failing element: the
 * batch must exist, be open, and be on no other transport (a batch on this
 * one already is a no-op).
 */
@inject()
export class AddBatchesToTransport {
  constructor(
    private outbox: Outbox,
    private facts: TransportFactsReader
  ) {}

  async handle(transportUuid: string, aliases: string[], actor: string | null) {
    const wanted = [...new Set(aliases)]
    return transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      enforce(transportRules(await this.facts.of(transport, { trx })).addBatches)
      if (wanted.length === 0) return []

      const batches = await ShippingBatch.query({ client: trx })
        .whereIn('alias', wanted)
        .orderBy('id')
        .forUpdate()
      const byAlias = new Map(batches.map((batch) => [batch.alias, batch]))
      const assignedTo: { id: number; uuid: string }[] = await trx
        .from('shipping_transports')
        .whereIn(
          'id',
          batches.flatMap((batch) => batch.transportId ?? [])
        )
        .select('id', 'uuid')
      const otherTransports = new Map(assignedTo.map((row) => [row.id, row.uuid]))

      BulkRefused.check(aliases, 'alias', (alias) =>
        this.#refusalFor(byAlias.get(alias), transport.id, otherTransports)
      )

      const added = batches.filter((batch) => batch.transportId !== transport.id)
      if (added.length > 0) {
        const now = dbTimestamp(trx)
        await trx
          .from('shipping_batches')
          .whereIn(
            'id',
            added.map((batch) => batch.id)
          )
          .update({
            transport_id: transport.id,
            timestamp_transport_assigned: now,
            updated_at: now,
          })
        await this.outbox.record(
          trx,
          new BatchAddedToTransport({
            transportUuid: transport.uuid,
            batchAliases: added.map((batch) => batch.alias),
            actor,
          })
        )
      }
      return wanted.map((alias) => byAlias.get(alias)!.id)
    })
  }

  #refusalFor(
    batch: ShippingBatch | undefined,
    transportId: number,
    otherTransports: Map<number, string>
  ): ElementRefusal | null {
    if (!batch) return ELEMENT_REFUSALS.batchNotExist
    if (batch.completed) return ELEMENT_REFUSALS.batchCompleted
    if (batch.transportId !== null && batch.transportId !== transportId) {
      return ELEMENT_REFUSALS.batchOnOtherTransport(otherTransports.get(batch.transportId)!)
    }
    return null
  }
}
