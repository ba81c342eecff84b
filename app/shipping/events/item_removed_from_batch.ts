import { DomainEvent } from '#core/events/domain_event'

/**
 * An item was taken out of a batch before departure. `reverted`: it was
 * MOVING and in no other batch, so it is CREATED again.
 */
export class ItemRemovedFromBatch extends DomainEvent<{
  batchAlias: string
  trackingNumber: string
  reverted: boolean
  actor: string | null
}> {
  static eventName = 'shipping.item_removed_from_batch'
}
