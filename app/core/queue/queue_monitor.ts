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

/** What became of one failed job a person asked to retry. */
export type RetryOutcome = {
  queue: QueueName
  id: string
  name: string | null
  result: 'requeued' | 'not_failed' | 'not_found' | 'error'
  /** Why it was not re-queued (`error`, `not_failed`). */
  detail?: string
}

export type RetryReport = {
  outcomes: RetryOutcome[]
  /** Failed jobs left for a later call when `all` met its limit. */
  remaining: number
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

  /**
   * Re-queues one failed job, or every failed one (of a queue, or of all),
   * each on its own, and says what became of each: re-queued, no longer
   * failed (retried or removed since it was listed), or an error. `all`
   * takes at most `limit` jobs (oldest failures last) and reports how many
   * are left, so a request stays short however many failed.
   */
  async retryEach(
    target: { queue: QueueName; id: string } | { all: true; queue?: QueueName },
    limit = 200
  ): Promise<RetryReport> {
    if (!('all' in target)) {
      const job = await this.queues.queue(target.queue).getJob(target.id)
      return { outcomes: [await retryOne(target.queue, target.id, job)], remaining: 0 }
    }
    const outcomes: RetryOutcome[] = []
    let remaining = 0
    for (const queue of target.queue ? [target.queue] : QUEUE_NAMES) {
      const bullQueue = this.queues.queue(queue)
      const failed = await bullQueue.getFailedCount()
      const take = Math.min(failed, limit - outcomes.length)
      const jobs = take > 0 ? await bullQueue.getFailed(0, take - 1) : []
      for (const job of jobs) outcomes.push(await retryOne(queue, job.id!, job))
      remaining += Math.max(0, failed - jobs.length)
    }
    return { outcomes, remaining }
  }
}

async function retryOne(
  queue: QueueName,
  id: string,
  job: BullJob | undefined
): Promise<RetryOutcome> {
  const outcome = { queue, id, name: job?.name ?? null }
  if (!job) return { ...outcome, result: 'not_found' }
  try {
    // Checked again by BullMQ's retry script, atomically: a job retried by
    // someone else in between is refused there, not re-queued twice.
    if (!(await job.isFailed())) return { ...outcome, result: 'not_failed' }
    await job.retry('failed')
    return { ...outcome, result: 'requeued' }
  } catch (error) {
    const detail = (error as Error).message
    if (/not in the failed state/i.test(detail)) {
      return { ...outcome, result: 'not_failed', detail }
    }
    return { ...outcome, result: 'error', detail }
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
