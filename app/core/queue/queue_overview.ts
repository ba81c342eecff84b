import { inject } from '@adonisjs/core'
import queueConfig from '#config/queue'
import { QueueMonitor, type QueueCounts } from '#core/queue/queue_monitor'
import { QueueHeartbeat } from '#core/queue/heartbeat'
import type { QueueName } from '#core/queue/types'

/** A failed job as staff see it: no payload (an SMS job's holds a phone number and a sign-in code). */
export type FailedJobSummary = {
  queue: QueueName
  id: string
  name: string
  attempts: number
  error: string
  failedAt: string | null
}

export type WorkerHeartbeat = {
  /** When a worker last ticked (ISO), null if none ever did under this prefix. */
  lastAt: string | null
  /** Its age when read (ms). */
  ageMs: number | null
  /** How long that tick waited in the queue (ms): the queue's lag. */
  lagMs: number | null
  /** Older than this and /health/ready fails (when workers are expected). */
  staleAfterMs: number
  /** Whether workers are expected to run here (production). */
  expected: boolean
}

export type QueueOverview = {
  queues: QueueCounts[]
  failed: FailedJobSummary[]
  failedTotal: number
  heartbeat: WorkerHeartbeat
  readAt: string
}

const ERROR_LENGTH = 500

/**
 * The queues at a glance for the staff console: counts per queue, the most
 * recent failed jobs, and the worker heartbeat (written to Redis by the
 * HeartbeatJob every 15 s, see #core/jobs/heartbeat_job).
 */
@inject()
export class QueueOverviewReader {
  constructor(
    private monitor: QueueMonitor,
    private heartbeat: QueueHeartbeat
  ) {}

  async read(options: { failedLimit?: number; now?: number } = {}): Promise<QueueOverview> {
    const [queues, failed, tick] = await Promise.all([
      this.monitor.counts(),
      this.monitor.failed({ limit: options.failedLimit ?? 50 }),
      this.heartbeat.last(),
    ])
    const now = options.now ?? Date.now()
    return {
      queues,
      failed: failed
        .map((job) => ({
          queue: job.queue,
          id: job.id,
          name: job.name,
          attempts: job.attempts,
          error: (job.failedReason ?? '').slice(0, ERROR_LENGTH),
          failedAt: job.failedAt,
        }))
        .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? '')),
      failedTotal: queues.reduce((sum, queue) => sum + queue.failed, 0),
      heartbeat: {
        lastAt: tick ? new Date(tick.at).toISOString() : null,
        ageMs: tick ? Math.max(0, now - tick.at) : null,
        lagMs: tick?.lagMs ?? null,
        staleAfterMs: queueConfig.heartbeat.maxAgeMs,
        expected: queueConfig.heartbeat.expected,
      },
      readAt: new Date(now).toISOString(),
    }
  }
}
