import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { BatchDeleted } from '#shipping/events/batch_deleted'
import { itemsNumbered, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnBatchDeleted extends Listener<typeof BatchDeleted> {
  static event = BatchDeleted

  async handle(event: EventEnvelope<PayloadOf<typeof BatchDeleted>>, { trx }: ListenerContext) {
    const { batchAlias, revertedTrackingNumbers } = event.payload
    if (revertedTrackingNumbers.length === 0) return
    await recordTimeline(trx, event, itemsNumbered(revertedTrackingNumbers), {
      kind: 'STATUS_CHANGED',
      status: 'CREATED',
      note: `batch ${batchAlias} was deleted`,
    })
  }
}
