import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { TransportStarted } from '#shipping/events/transport_started'
import { itemsOnTransport, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnTransportStarted extends Listener<typeof TransportStarted> {
  static event = TransportStarted

  async handle(event: EventEnvelope<PayloadOf<typeof TransportStarted>>, { trx }: ListenerContext) {
    await recordTimeline(trx, event, itemsOnTransport(event.payload.transportUuid), {
      kind: 'DEPARTED',
      transportUuid: event.payload.transportUuid,
      centerCode: event.payload.sourceCenterCode,
    })
  }
}
