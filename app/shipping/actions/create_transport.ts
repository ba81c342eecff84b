import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import ShippingTransport from '#shipping/models/shipping_transport'
import {
  DESTINATION,
  SOURCE,
  TransportRoutes,
  type TransportRoute,
} from '#shipping/services/transport_routes'

/** Plans a transport between two existing, different centers, with no driver yet. */
@inject()
export class CreateTransport {
  constructor(private routes: TransportRoutes) {}

  async handle(route: Required<TransportRoute>) {
    return transaction(async (trx) => {
      await this.routes.check(route[SOURCE], route[DESTINATION], trx)
      return ShippingTransport.create(
        {
          uuid: randomUUID(),
          completed: false,
          distributionCenterCodeSource: route[SOURCE],
          distributionCenterCodeDestination: route[DESTINATION],
          driverUuid: null,
          timestampCreated: DateTime.now(),
        },
        { client: trx }
      )
    })
  }
}
