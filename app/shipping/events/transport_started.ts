import { DomainEvent } from '#core/events/domain_event'

/** The transport left its source center with its driver. */
export class TransportStarted extends DomainEvent<{
  transportUuid: string
  driverUuid: string
  sourceCenterCode: string
  actor: string | null
}> {
  static eventName = 'shipping.transport_started'
}
