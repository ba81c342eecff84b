import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { Outbox } from '#core/events/outbox'
import { lockedTransport } from '#shipping/services/locks'
import { refuseOtherDrivers, type TransportActor } from '#shipping/services/transport_actor'
import { TransportStarted } from '#shipping/events/transport_started'
import { TransportAssigned } from '#shipping/events/transport_assigned'
import {
  NotAnActiveDriver,
  TransportAlreadyCompleted,
  TransportAlreadyDeparted,
  TransportCentersNotConfigured,
  TransportDriverNotConfigured,
  TransportHasNoBatch,
} from '#shipping/exceptions/shipping_errors'
import { UserDirectory } from '#users/contracts/users'

/**
 * `POST transports/<uuid>/start/`: the transport departs, once. It needs
 * both centers, at least one batch and an active driver (the stored one or
 * `driver_uuid` from the request, which is then stored).
 */
@inject()
export class StartTransport {
  constructor(
    private outbox: Outbox,
    private users: UserDirectory
  ) {}

  async handle(transportUuid: string, driverUuid: string | undefined, by: TransportActor) {
    return db.transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      refuseOtherDrivers(transport, by)
      if (transport.completed) throw new TransportAlreadyCompleted()
      if (transport.departed) throw new TransportAlreadyDeparted()
      if (!transport.distributionCenterCodeSource || !transport.distributionCenterCodeDestination) {
        throw new TransportCentersNotConfigured()
      }
      const batch = await trx.from('shipping_batches').where('transport_id', transport.id).first()
      if (!batch) throw new TransportHasNoBatch()

      const driver = driverUuid ?? transport.driverUuid
      if (!driver) throw new TransportDriverNotConfigured()
      if (!(await this.users.isActiveDriver(driver, { trx }))) throw new NotAnActiveDriver()

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
