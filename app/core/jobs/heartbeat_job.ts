import { inject } from '@adonisjs/core'
import { Job, type JobContext } from '#core/queue/job'
import { QueueHeartbeat } from '#core/queue/heartbeat'
import type { QueueName } from '#core/queue/types'

/**
 * Every 15 s: proves a worker is alive and measures queue lag (how long the
 * tick waited before a worker picked it up). /health/ready reads it.
 */
@inject()
export default class HeartbeatJob extends Job {
  static queue: QueueName = 'default'
  static schedule = { every: 15_000 }

  constructor(private heartbeat: QueueHeartbeat) {
    super()
  }

  async handle(_: unknown, { bullJob }: JobContext) {
    const now = Date.now()
    // A scheduler creates each tick ahead of time, delayed until it is due.
    const due = bullJob.timestamp + (bullJob.opts.delay ?? 0)
    await this.heartbeat.record({ at: now, lagMs: Math.max(0, now - due) })
  }
}
