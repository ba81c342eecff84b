import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import { lockedTransport } from '#shipping/services/locks'
import { refuseOtherDrivers, type TransportActor } from '#shipping/services/transport_actor'
import { TransportCompleted } from '#shipping/events/transport_completed'
import { TransportFactsReader, enforce, transportRules } from '#shipping/services/transport_rules'

/**
 * `POST transports/<uuid>/complete/`: the transport arrives, once, in one
 * transaction. Its batches complete; their MOVING items become COMPLETED at
 * the destination; DAMAGED items are at the destination too (LOST ones are
 * nowhere). Three set-based updates whatever the load.
 */
@inject()
export class CompleteTransport {
  constructor(
    private outbox: Outbox,
    private facts: TransportFactsReader
  ) {}

  async handle(transportUuid: string, by: TransportActor) {
    return db.transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      refuseOtherDrivers(transport, by)
      enforce(transportRules(await this.facts.of(transport, { trx })).complete)

      const arrival = DateTime.now()
      const now = dbTimestamp(trx, arrival)
      const destination = transport.distributionCenterCodeDestination
      await trx
        .from('shipping_batches')
        .where('transport_id', transport.id)
        .where('completed', false)
        .update({ completed: true, timestamp_completed: now, updated_at: now })

      const carried = trx
        .from('shipping_batch_items as bi')
        .join('shipping_batches as b', 'b.id', 'bi.batch_id')
        .where('b.transport_id', transport.id)
        .select('bi.item_id')
      await trx.from('shipping_items').whereIn('id', carried).where('status', 'MOVING').update({
        status: 'COMPLETED',
        timestamp_completed: now,
        current_distribution_center_code: destination,
        updated_at: now,
      })
      await trx
        .from('shipping_items')
        .whereIn('id', carried)
        .where('status', 'DAMAGED')
        .update({ current_distribution_center_code: destination, updated_at: now })

      transport.merge({ completed: true, timestampArrived: arrival })
      await transport.useTransaction(trx).save()
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
