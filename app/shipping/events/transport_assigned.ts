import { DomainEvent } from '#core/events/domain_event'

/** A driver was assigned to a transport (drivers' apps refresh on it). */
export class TransportAssigned extends DomainEvent<{
  transportUuid: string
  driverUuid: string
  previousDriverUuid: string | null
  actor: string | null
}> {
  static eventName = 'shipping.transport_assigned'
}
