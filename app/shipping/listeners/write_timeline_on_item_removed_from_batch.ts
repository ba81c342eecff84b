import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { ItemRemovedFromBatch } from '#shipping/events/item_removed_from_batch'
import { itemsNumbered, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnItemRemovedFromBatch extends Listener<
  typeof ItemRemovedFromBatch
> {
  static event = ItemRemovedFromBatch

  async handle(
    event: EventEnvelope<PayloadOf<typeof ItemRemovedFromBatch>>,
    { trx }: ListenerContext
  ) {
    const { batchAlias, trackingNumber, reverted } = event.payload
    await recordTimeline(trx, event, itemsNumbered([trackingNumber]), {
      kind: 'REMOVED_FROM_BATCH',
      status: reverted ? 'CREATED' : undefined,
      batchAlias,
    })
  }
}
