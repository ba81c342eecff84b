import { inject } from '@adonisjs/core'
import { Listener } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { LiveUpdates } from '#core/live/live_updates'
import { TransportAssigned } from '#shipping/events/transport_assigned'
import { transportChannels } from '#shipping/queries/live_channels'

/** Live: the transport's page, its old and new driver's app and staff screens reload. */
@inject()
export default class BroadcastOnTransportAssigned extends Listener<typeof TransportAssigned> {
  static event = TransportAssigned

  constructor(private live: LiveUpdates) {
    super()
  }

  async handle(event: EventEnvelope<PayloadOf<typeof TransportAssigned>>) {
    const { transportUuid } = event.payload
    const drivers = [event.payload.driverUuid, event.payload.previousDriverUuid]
    this.live.changed(transportChannels(transportUuid, ...drivers), {
      type: 'transport.changed',
      uuid: transportUuid,
    })
  }
}
