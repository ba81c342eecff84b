import { inject } from '@adonisjs/core'
import { Listener } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { LiveUpdates } from '#core/live/live_updates'
import { TransportStarted } from '#shipping/events/transport_started'
import { transportChannels } from '#shipping/queries/live_channels'

/** Live: the transport left; its page, its driver's app and staff screens reload. */
@inject()
export default class BroadcastOnTransportStarted extends Listener<typeof TransportStarted> {
  static event = TransportStarted

  constructor(private live: LiveUpdates) {
    super()
  }

  async handle(event: EventEnvelope<PayloadOf<typeof TransportStarted>>) {
    const { transportUuid } = event.payload
    const drivers = [event.payload.driverUuid]
    this.live.changed(transportChannels(transportUuid, ...drivers), {
      type: 'transport.changed',
      uuid: transportUuid,
    })
  }
}
