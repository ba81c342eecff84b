import { inject } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { UnrecoverableError } from 'bullmq'
import { Job } from '#core/queue/job'
import { Registry } from '#core/queue/registry'
import { claimDelivery } from '#core/events/inbox'
import { DeliveryGroups } from '#core/events/delivery_groups'
import type { DeliveryPayload } from '#core/events/outbox'
import type { QueueName } from '#core/queue/types'
import { SharedHistogram } from '#core/metrics/shared_histogram'

/**
 * Runs one listener for one event, exactly once: the inbox claim and the
 * listener's writes share a transaction. A throwing listener rolls both back
 * and the job is retried with backoff. Under load the transaction holds other
 * deliveries too (group commit, ADR 0018), but never fails for theirs.
 */
@inject()
export default class DeliverEventJob extends Job<DeliveryPayload> {
  static queue: QueueName = 'events'

  constructor(
    private registry: Registry,
    private latency: SharedHistogram,
    private groups: DeliveryGroups
  ) {
    super()
  }

  async handle({ listener: name, event }: DeliveryPayload) {
    const Listener = this.registry.listener(name)
    if (!Listener) throw new UnrecoverableError(`No listener named "${name}"`)
    const listener = await app.container.make(Listener as any)

    const delivered = await this.groups.run(async (trx) => {
      if (!(await claimDelivery(trx, event.id, name))) return false
      await listener.handle(event, { trx })
      return true
    })
    if (delivered) this.latency.observe((Date.now() - Date.parse(event.occurredAt)) / 1000)
  }
}
