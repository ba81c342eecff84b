import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { lockedTransport } from '#shipping/services/locks'
import { refuseOtherDrivers, type TransportActor } from '#shipping/services/transport_actor'
import { TransportStarted } from '#shipping/events/transport_started'
import { TransportAssigned } from '#shipping/events/transport_assigned'
import { TransportFactsReader, enforce, transportRules } from '#shipping/services/transport_rules'

/**
 * `POST transports/<uuid>/start/`: the transport departs, once. It needs
 * both centers, at least one batch and an active driver (the stored one or
 * `driver_uuid` from the request, which is then stored).
 */
@inject()
export class StartTransport {
  constructor(
    private outbox: Outbox,
    private facts: TransportFactsReader
  ) {}

  async handle(transportUuid: string, driverUuid: string | undefined, by: TransportActor) {
    return transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      refuseOtherDrivers(transport, by)
      enforce(transportRules(await this.facts.of(transport, { trx, driverUuid })).start)

      const driver = (driverUuid ?? transport.driverUuid)!

      const previous = transport.driverUuid
      transport.merge({ driverUuid: driver, timestampDeparted: DateTime.now() })
      await transport.useTransaction(trx).save()

      const events = []
      if (previous !== driver) {
        events.push(
          new TransportAssigned({
            transportUuid: transport.uuid,
            driverUuid: driver,
            previousDriverUuid: previous,
            actor: by.actor,
          })
        )
      }
      events.push(
        new TransportStarted({
          transportUuid: transport.uuid,
          driverUuid: driver,
          sourceCenterCode: transport.distributionCenterCodeSource,
          actor: by.actor,
        })
      )
      await this.outbox.record(trx, ...events)
      return transport
    })
  }
}
