import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { ItemStatusChanged } from '#shipping/events/item_status_changed'
import { itemsNumbered, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnItemStatusChanged extends Listener<typeof ItemStatusChanged> {
  static event = ItemStatusChanged

  async handle(
    event: EventEnvelope<PayloadOf<typeof ItemStatusChanged>>,
    { trx }: ListenerContext
  ) {
    const { trackingNumber, to, note } = event.payload
    await recordTimeline(trx, event, itemsNumbered([trackingNumber]), {
      kind: 'STATUS_CHANGED',
      status: to,
      note,
    })
  }
}
