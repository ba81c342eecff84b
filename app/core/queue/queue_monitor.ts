import type { Job as BullJob } from 'bullmq'
import type { QueueManager } from '#core/queue/queue_manager'
import { QUEUE_NAMES, type QueueName } from '#core/queue/types'

export type QueueCounts = {
  queue: QueueName
  waiting: number
  active: number
  delayed: number
  failed: number
  completed: number
}

export type FailedJob = {
  queue: QueueName
  id: string
  name: string
  attempts: number
  failedReason: string
  failedAt: string | null
  data: unknown
}

/**
 * Read side of the queues, for `queue:failed`, `queue:retry` and the staff
 * console: counts per queue, the failed jobs kept, and re-queueing them.
 */
export class QueueMonitor {
  constructor(private queues: QueueManager) {}

  async counts(): Promise<QueueCounts[]> {
    return Promise.all(
      QUEUE_NAMES.map(async (queue) => {
        const counts = await this.queues
          .queue(queue)
          .getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized')
        return {
          queue,
          waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          completed: counts.completed ?? 0,
        }
      })
    )
  }

  async failed(options: { queue?: QueueName; limit?: number } = {}): Promise<FailedJob[]> {
    const names = options.queue ? [options.queue] : QUEUE_NAMES
    const limit = options.limit ?? 50
    const perQueue = await Promise.all(
      names.map(async (queue) => {
        const jobs = await this.queues.queue(queue).getFailed(0, limit - 1)
        return jobs.map((job) => toFailedJob(queue, job))
      })
    )
    return perQueue.flat().slice(0, limit)
  }

  /**
   * Re-queues one failed job by id, or all of them; returns how many.
   */
  async retry(target: { id: string } | { all: true }, queue?: QueueName): Promise<number> {
    const names = queue ? [queue] : QUEUE_NAMES
    let retried = 0
    for (const name of names) {
      const bullQueue = this.queues.queue(name)
      if ('all' in target) {
        const count = await bullQueue.getFailedCount()
        if (count > 0) {
          await bullQueue.retryJobs({ state: 'failed' })
          retried += count
        }
        continue
      }
      const job = await bullQueue.getJob(target.id)
      if (job && (await job.isFailed())) {
        await job.retry('failed')
        retried++
      }
    }
    return retried
  }
}

function toFailedJob(queue: QueueName, job: BullJob): FailedJob {
  return {
    queue,
    id: job.id!,
    name: job.name,
    attempts: job.attemptsMade,
    failedReason: job.failedReason,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    data: job.data,
  }
}
