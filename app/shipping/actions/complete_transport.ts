import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import { lockedTransport } from '#shipping/services/locks'
import { refuseOtherDrivers, type TransportActor } from '#shipping/services/transport_actor'
import { TransportCompleted } from '#shipping/events/transport_completed'
import { TransportFactsReader, enforce, transportRules } from '#shipping/services/transport_rules'
import DeliveryProof from '#shipping/models/delivery_proof'
import {
  type PreparedProof,
  ProofRequirements,
  refuseIncomplete,
  storeProofFiles,
} from '#shipping/services/delivery_proofs'

/**
 * `POST transports/<uuid>/complete/`: the transport arrives, once, in one
 * transaction. Its batches complete; their MOVING items become COMPLETED at
 * the destination; DAMAGED items are at the destination too (LOST ones are
 * nowhere). Two set-based updates whatever the load.
 *
 * A proof of delivery (prepared by `prepareProof`) is recorded in the same
 * transaction; a driver must give the parts PROOF_OF_DELIVERY_REQUIRED
 * names (staff and partner systems complete without one). Files written for
 * a completion that then fails are removed.
 */
@inject()
export class CompleteTransport {
  constructor(
    private outbox: Outbox,
    private facts: TransportFactsReader,
    private requirements: ProofRequirements
  ) {}

  async handle(transportUuid: string, by: TransportActor, proof: PreparedProof | null = null) {
    let removeFiles: (() => Promise<void>) | undefined
    try {
      return await this.#complete(transportUuid, by, proof, (remove) => (removeFiles = remove))
    } catch (error) {
      await removeFiles?.()
      throw error
    }
  }

  async #complete(
    transportUuid: string,
    by: TransportActor,
    proof: PreparedProof | null,
    stored: (remove: () => Promise<void>) => void
  ) {
    return transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      refuseOtherDrivers(transport, by)
      enforce(transportRules(await this.facts.of(transport, { trx })).complete)
      if (by.driverUuid) refuseIncomplete(proof, this.requirements.required())

      const arrival = DateTime.now()
      const now = dbTimestamp(trx, arrival)
      const destination = transport.distributionCenterCodeDestination
      // Rows are locked in id order, as every action locks them (ADR 0005):
      // in the order the plan visits them, a completion could deadlock with
      // an action holding some of them (one refusing to move them).
      const openBatches = trx
        .from('shipping_batches')
        .where('transport_id', transport.id)
        .where('completed', false)
        .orderBy('id')
        .forUpdate()
        .select('id')
      await trx
        .from('shipping_batches')
        .whereIn('id', openBatches)
        .update({ completed: true, timestamp_completed: now, updated_at: now })

      // One statement for the MOVING and the DAMAGED items: the carried set
      // is found once, and each row is written once.
      const carried = trx
        .from('shipping_batch_items as bi')
        .join('shipping_batches as b', 'b.id', 'bi.batch_id')
        .where('b.transport_id', transport.id)
        .select('bi.item_id')
      const arriving = "case when status = 'MOVING'"
      const landing = trx
        .from('shipping_items')
        .whereIn('id', carried)
        .whereIn('status', ['MOVING', 'DAMAGED'])
        .orderBy('id')
        .forUpdate()
        .select('id')
      await trx
        .from('shipping_items')
        .whereIn('id', landing)
        .update({
          status: trx.raw(`${arriving} then 'COMPLETED' else status end`),
          timestamp_completed: trx.raw(`${arriving} then ? else timestamp_completed end`, [now]),
          current_distribution_center_code: destination,
          updated_at: now,
        })

      transport.merge({ completed: true, timestampArrived: arrival })
      await transport.useTransaction(trx).save()
      if (proof) {
        stored(await storeProofFiles(proof))
        await DeliveryProof.create(
          {
            uuid: randomUUID(),
            transportId: transport.id,
            receiverName: proof.receiverName,
            photoKey: proof.photo?.key ?? null,
            signatureKey: proof.signature?.key ?? null,
            driverUuid: by.driverUuid ?? null,
          },
          { client: trx }
        )
      }
      await this.outbox.record(
        trx,
        new TransportCompleted({
          transportUuid: transport.uuid,
          destinationCenterCode: destination,
          actor: by.actor,
        })
      )
      return transport
    })
  }
}
