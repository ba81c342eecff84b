import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { ItemAddedToBatch } from '#shipping/events/item_added_to_batch'
import { itemsNumbered, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnItemAddedToBatch extends Listener<typeof ItemAddedToBatch> {
  static event = ItemAddedToBatch

  async handle(event: EventEnvelope<PayloadOf<typeof ItemAddedToBatch>>, { trx }: ListenerContext) {
    await recordTimeline(trx, event, itemsNumbered(event.payload.trackingNumbers), {
      kind: 'ADDED_TO_BATCH',
      status: 'MOVING',
      batchAlias: event.payload.batchAlias,
    })
  }
}
