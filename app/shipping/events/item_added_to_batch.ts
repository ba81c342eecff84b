import { DomainEvent } from '#core/events/domain_event'

/**
 * Items were put into a batch (CREATED ones are now MOVING). One event per
 * request: a 1,000-item add is one fact, not 1,000.
 */
export class ItemAddedToBatch extends DomainEvent<{
  batchAlias: string
  trackingNumbers: string[]
  actor: string | null
}> {
  static eventName = 'shipping.item_added_to_batch'
}
