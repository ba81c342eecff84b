import { Worker, UnrecoverableError, type Job as BullJob } from 'bullmq'
import type { Container } from '@adonisjs/core/container'
import type { Logger } from '@adonisjs/core/logger'
import { jobNameOf } from '#core/queue/job'
import type { QueueManager } from '#core/queue/queue_manager'
import type { Registry } from '#core/queue/registry'
import type { QueueName } from '#core/queue/types'

/**
 * The consumer side: one BullMQ Worker per queue, running discovered jobs
 * built by the container. `close()` stops taking jobs, waits for the ones in
 * flight and closes the connections.
 */
export class WorkerPool {
  readonly #workers: Worker[] = []

  constructor(
    private queues: QueueManager,
    private registry: Registry,
    private container: Container<any>,
    private logger: Logger
  ) {}

  start(names: QueueName[], options: { concurrency?: number } = {}) {
    for (const name of names) {
      const worker = new Worker(name, (job) => this.#process(job), {
        prefix: this.queues.prefix,
        connection: this.queues.workerConnection(),
        concurrency: options.concurrency ?? this.queues.config.queues[name].concurrency,
        lockDuration: this.queues.config.lockDuration,
        stalledInterval: this.queues.config.stalledInterval,
        autorun: true,
      })
      worker.on('completed', (job) => this.#logOutcome(name, job, 'completed'))
      worker.on('failed', (job, error) => this.#logOutcome(name, job, 'failed', error))
      worker.on('error', (error) =>
        this.logger.error({ err: error, queue: name }, 'queue worker error')
      )
      this.#workers.push(worker)
    }
    return this
  }

  async waitUntilReady() {
    await Promise.all(this.#workers.map((worker) => worker.waitUntilReady()))
  }

  async close() {
    await Promise.all(this.#workers.map((worker) => worker.close()))
    this.#workers.length = 0
  }

  async #process(bullJob: BullJob) {
    const JobClass = this.registry.job(bullJob.name)
    if (!JobClass) throw new UnrecoverableError(`No job named "${bullJob.name}"`)
    const instance = await this.container.make(JobClass as any)
    await instance.handle(bullJob.data, {
      id: bullJob.id!,
      attempt: bullJob.attemptsMade + 1,
      bullJob,
    })
  }

  #logOutcome(queue: string, job: BullJob | undefined, outcome: string, error?: Error) {
    if (!job) return
    const line = {
      queue,
      job: job.name,
      job_id: job.id,
      attempt: job.attemptsMade,
      duration_ms: job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined,
    }
    if (error) {
      const willRetry =
        job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError)
      this.logger[willRetry ? 'warn' : 'error'](
        { ...line, err: error, will_retry: willRetry },
        `job ${outcome}`
      )
    } else {
      // Debug, not info: one line per job was a visible share of the events
      // worker's time (bench/README.md, Events); failures are always logged.
      this.logger.debug(line, `job ${outcome}`)
    }
  }
}

/**
 * Makes Redis hold exactly one scheduler per periodic job declared in code
 * (`static schedule`): upserts them (idempotent) and removes schedulers whose
 * job no longer declares one. Safe on every worker start.
 */
export async function syncJobSchedulers(queues: QueueManager, registry: Registry) {
  const declared = registry.jobs().filter((job) => job.schedule)
  for (const queue of queues.queues()) {
    const wanted = declared.filter((job) => job.queue === queue.name)
    for (const job of wanted) {
      const name = jobNameOf(job)
      await queue.upsertJobScheduler(name, job.schedule!, { name, data: {}, opts: job.options })
    }
    const keep = new Set(wanted.map(jobNameOf))
    for (const scheduler of await queue.getJobSchedulers()) {
      if (!keep.has(scheduler.key)) await queue.removeJobScheduler(scheduler.key)
    }
  }
}
