import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { TransportCompleted } from '#shipping/events/transport_completed'
import { itemsOnTransport, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnTransportCompleted extends Listener<typeof TransportCompleted> {
  static event = TransportCompleted

  async handle(
    event: EventEnvelope<PayloadOf<typeof TransportCompleted>>,
    { trx }: ListenerContext
  ) {
    await recordTimeline(trx, event, itemsOnTransport(event.payload.transportUuid), {
      kind: 'ARRIVED',
      transportUuid: event.payload.transportUuid,
      centerCode: event.payload.destinationCenterCode,
    })
  }
}
