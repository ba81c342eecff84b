import { DomainEvent } from '#core/events/domain_event'

/**
 * The transport arrived: its batches are completed and their moving items
 * COMPLETED at the destination.
 */
export class TransportCompleted extends DomainEvent<{
  transportUuid: string
  destinationCenterCode: string
  actor: string | null
}> {
  static eventName = 'shipping.transport_completed'
}
