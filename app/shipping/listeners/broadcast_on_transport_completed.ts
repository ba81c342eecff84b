import { inject } from '@adonisjs/core'
import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { LiveUpdates } from '#core/live/live_updates'
import { TransportCompleted } from '#shipping/events/transport_completed'
import { driverOf, transportChannels } from '#shipping/queries/live_channels'

/** Live: the transport arrived; its page, its driver's app and staff screens reload. */
@inject()
export default class BroadcastOnTransportCompleted extends Listener<typeof TransportCompleted> {
  static event = TransportCompleted

  constructor(private live: LiveUpdates) {
    super()
  }

  async handle(
    event: EventEnvelope<PayloadOf<typeof TransportCompleted>>,
    { trx }: ListenerContext
  ) {
    const { transportUuid } = event.payload
    const drivers = [await driverOf(trx, transportUuid)]
    this.live.changed(transportChannels(transportUuid, ...drivers), {
      type: 'transport.changed',
      uuid: transportUuid,
    })
  }
}
