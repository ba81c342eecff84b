import type { Job as BullJob, JobsOptions, RepeatOptions } from 'bullmq'
import type { QueueName } from '#core/queue/types'

export type JobContext = {
  /** BullMQ's job id (event deliveries use `<event id>.<listener>`, so re-sends are no-ops). */
  id: string
  attempt: number
  bullJob: BullJob
}

/**
 * A unit of background work. Subclasses live in a module's `jobs/` folder
 * (`send_sms_job.ts`), are found by discovery, built by the container (so
 * they can `@inject()` services) and must be idempotent: delivery is
 * at-least-once.
 *
 *   export default class PurgeExpiredCodesJob extends Job<{}> {
 *     static queue: QueueName = 'default'
 *     static schedule = { every: 60_000 }
 *     async handle() { ... }
 *   }
 */
export abstract class Job<Payload = Record<string, never>> {
  /** Queue the job is sent to. */
  static queue: QueueName = 'default'

  /** Stable name in Redis; the class name unless set. */
  static jobName?: string

  /** Per-job BullMQ options (attempts, backoff, …) over the queue defaults. */
  static options?: JobsOptions

  /** Periodic jobs: registered as a BullMQ job scheduler by the worker. */
  static schedule?: Omit<RepeatOptions, 'key'>

  abstract handle(payload: Payload, context: JobContext): Promise<void>
}

export type JobClass<Payload = any> = (abstract new (...args: any[]) => Job<Payload>) & {
  queue: QueueName
  jobName?: string
  options?: JobsOptions
  schedule?: Omit<RepeatOptions, 'key'>
}

export function jobNameOf(job: JobClass): string {
  return job.jobName ?? job.name
}
