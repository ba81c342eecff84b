import { DomainEvent } from '#core/events/domain_event'

/**
 * A batch that was on no transport was deleted; the items it was moving
 * went back to CREATED. One event per deletion, whatever the number of items.
 */
export class BatchDeleted extends DomainEvent<{
  batchAlias: string
  revertedTrackingNumbers: string[]
  actor: string | null
}> {
  static eventName = 'shipping.batch_deleted'
}
