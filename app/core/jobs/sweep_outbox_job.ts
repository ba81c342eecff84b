import { inject } from '@adonisjs/core'
import { Job } from '#core/queue/job'
import { Outbox } from '#core/events/outbox'
import type { QueueName } from '#core/queue/types'

export type SweepOutboxPayload = { olderThanMs?: number }

/**
 * Every 30 s: hand over events whose after-commit dispatch failed (Redis was
 * down, the process died between commit and hand-over). The grace period
 * leaves fresh events to the normal path; a duplicate would be harmless.
 */
@inject()
export default class SweepOutboxJob extends Job<SweepOutboxPayload> {
  static queue: QueueName = 'default'
  static schedule = { every: 30_000 }

  constructor(private outbox: Outbox) {
    super()
  }

  async handle(payload: SweepOutboxPayload) {
    const options = { olderThanMs: payload.olderThanMs ?? 10_000, limit: 500 }
    // Drain a backlog in bounded batches.
    let swept: number
    do {
      swept = await this.outbox.sweep(options)
    } while (swept === options.limit)
  }
}
