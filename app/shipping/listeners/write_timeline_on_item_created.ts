import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { ItemCreated } from '#shipping/events/item_created'
import { itemsNumbered, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnItemCreated extends Listener<typeof ItemCreated> {
  static event = ItemCreated

  async handle(event: EventEnvelope<PayloadOf<typeof ItemCreated>>, { trx }: ListenerContext) {
    await recordTimeline(trx, event, itemsNumbered([event.payload.trackingNumber]), {
      kind: 'CREATED',
      status: 'CREATED',
    })
  }
}
