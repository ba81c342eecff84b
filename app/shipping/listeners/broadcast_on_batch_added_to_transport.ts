import { inject } from '@adonisjs/core'
import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { LiveUpdates } from '#core/live/live_updates'
import { BatchAddedToTransport } from '#shipping/events/batch_added_to_transport'
import { driverOf, transportChannels } from '#shipping/queries/live_channels'

/** Live: batches were loaded; the transport's page, its driver's app and staff screens reload. */
@inject()
export default class BroadcastOnBatchAddedToTransport extends Listener<
  typeof BatchAddedToTransport
> {
  static event = BatchAddedToTransport

  constructor(private live: LiveUpdates) {
    super()
  }

  async handle(
    event: EventEnvelope<PayloadOf<typeof BatchAddedToTransport>>,
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
