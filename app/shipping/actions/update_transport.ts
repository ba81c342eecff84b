import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { lockedTransport } from '#shipping/services/locks'
import {
  DESTINATION,
  SOURCE,
  TransportRoutes,
  type TransportRoute,
} from '#shipping/services/transport_routes'
import {
  TransportAlreadyCompleted,
  TransportAlreadyDeparted,
} from '#shipping/exceptions/shipping_errors'

/** Changes a transport's route before it departs (`PUT`/`PATCH`). */
@inject()
export class UpdateTransport {
  constructor(private routes: TransportRoutes) {}

  async handle(uuid: string, route: TransportRoute) {
    return transaction(async (trx) => {
      const transport = await lockedTransport(trx, uuid)
      const source = route[SOURCE] ?? transport.distributionCenterCodeSource
      const destination = route[DESTINATION] ?? transport.distributionCenterCodeDestination
      const changed =
        source !== transport.distributionCenterCodeSource ||
        destination !== transport.distributionCenterCodeDestination
      if (!changed) return transport
      if (transport.completed) throw new TransportAlreadyCompleted()
      if (transport.departed) throw new TransportAlreadyDeparted()
      await this.routes.check(source, destination, trx)
      transport.merge({
        distributionCenterCodeSource: source,
        distributionCenterCodeDestination: destination,
      })
      await transport.useTransaction(trx).save()
      return transport
    })
  }
}
