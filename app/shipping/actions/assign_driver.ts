import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { lockedTransport } from '#shipping/services/locks'
import { TransportAssigned } from '#shipping/events/transport_assigned'
import { NotAnActiveDriver } from '#shipping/exceptions/shipping_errors'
import { TransportFactsReader, enforce, transportRules } from '#shipping/services/transport_rules'
import { UserDirectory } from '#users/contracts/users'

/**
 * `POST transports/<uuid>/assign/`: gives a transport that has not departed
 * its driver, who must be an active DRIVER user.
 */
@inject()
export class AssignDriver {
  constructor(
    private outbox: Outbox,
    private users: UserDirectory,
    private facts: TransportFactsReader
  ) {}

  async handle(transportUuid: string, driverUuid: string, actor: string | null) {
    return transaction(async (trx) => {
      const transport = await lockedTransport(trx, transportUuid)
      enforce(transportRules(await this.facts.of(transport, { trx })).assignDriver)
      if (!(await this.users.isActiveDriver(driverUuid, { trx }))) throw new NotAnActiveDriver()

      const previous = transport.driverUuid
      if (previous === driverUuid) return transport
      transport.driverUuid = driverUuid
      await transport.useTransaction(trx).save()
      await this.outbox.record(
        trx,
        new TransportAssigned({
          transportUuid: transport.uuid,
          driverUuid,
          previousDriverUuid: previous,
          actor,
        })
      )
      return transport
    })
  }
}
