import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope, PayloadOf } from '#core/events/domain_event'
import { BatchAddedToTransport } from '#shipping/events/batch_added_to_transport'
import { itemsInBatches, recordTimeline } from '#shipping/services/record_timeline'

export default class WriteTimelineOnBatchAddedToTransport extends Listener<
  typeof BatchAddedToTransport
> {
  static event = BatchAddedToTransport

  async handle(
    event: EventEnvelope<PayloadOf<typeof BatchAddedToTransport>>,
    { trx }: ListenerContext
  ) {
    for (const alias of event.payload.batchAliases) {
      await recordTimeline(trx, event, itemsInBatches([alias]), {
        kind: 'LOADED_ON_TRANSPORT',
        batchAlias: alias,
        transportUuid: event.payload.transportUuid,
      })
    }
  }
}
