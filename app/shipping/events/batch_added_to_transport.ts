import { DomainEvent } from '#core/events/domain_event'

/** Batches were loaded onto a transport that has not departed. */
export class BatchAddedToTransport extends DomainEvent<{
  transportUuid: string
  batchAliases: string[]
  actor: string | null
}> {
  static eventName = 'shipping.batch_added_to_transport'
}
