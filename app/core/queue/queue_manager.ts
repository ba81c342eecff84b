import { once } from 'node:events'
import { Redis } from 'ioredis'
import { Queue, type JobsOptions, type RedisOptions } from 'bullmq'
import { Exception } from '@adonisjs/core/exceptions'
import { jobNameOf, type JobClass, type Job } from '#core/queue/job'
import { QUEUE_NAMES, type QueueConfig, type QueueName } from '#core/queue/types'

type JobPayloadOf<J> = J extends abstract new (...args: any[]) => Job<infer P> ? P : never
type BulkJob = { name: string; data: unknown; opts?: JobsOptions }

/**
 * Redis did not answer in time for a job to be queued.
 */
export class QueueUnavailable extends Exception {
  static status = 503
  static code = 'E_QUEUE_UNAVAILABLE'
}

/**
 * The producer side: one BullMQ Queue per name over one shared Redis
 * connection, created on first use and closed on shutdown (an open socket
 * keeps the process alive).
 *
 * Sending never hangs a request on Redis: the first send waits briefly for
 * the initial connection; once connected, a send while Redis is unreachable
 * fails at once with QueueUnavailable (the outbox sweep delivers later).
 */
export class QueueManager {
  readonly #queues = new Map<QueueName, Queue>()
  #client?: Redis

  constructor(
    readonly config: QueueConfig,
    private connectTimeoutMs = 1_000
  ) {}

  get prefix(): string {
    return this.config.prefix
  }

  /**
   * Connection options for workers (they open their own blocking sockets).
   */
  workerConnection(): RedisOptions {
    return { ...this.config.connection, maxRetriesPerRequest: null }
  }

  queue(name: QueueName): Queue {
    let queue = this.#queues.get(name)
    if (!queue) {
      queue = new Queue(name, {
        prefix: this.config.prefix,
        connection: this.#connection(),
        defaultJobOptions: this.config.defaultJobOptions,
      })
      // Connection errors surface on the calls that need Redis.
      queue.on('error', () => {})
      this.#queues.set(name, queue)
    }
    return queue
  }

  queues(): Queue[] {
    return QUEUE_NAMES.map((name) => this.queue(name))
  }

  /**
   * Sends a job to its queue: `await queues.dispatch(SendSmsJob, { phone, text })`.
   */
  async dispatch<J extends JobClass>(job: J, payload: JobPayloadOf<J>, options?: JobsOptions) {
    await this.#connected()
    return this.queue(job.queue).add(jobNameOf(job), payload, { ...job.options, ...options })
  }

  async addBulk(queue: QueueName, jobs: BulkJob[]) {
    if (jobs.length === 0) return
    await this.#connected()
    await this.queue(queue).addBulk(jobs)
  }

  async close() {
    await Promise.all([...this.#queues.values()].map((queue) => queue.close()))
    this.#queues.clear()
    this.#client?.disconnect()
    this.#client = undefined
  }

  #connection(): Redis {
    if (!this.#client) {
      this.#client = new Redis({
        ...this.config.connection,
        maxRetriesPerRequest: 1,
        retryStrategy: (times: number) => Math.min(times * 200, 2_000),
      })
      this.#client.on('error', () => {})
    }
    return this.#client
  }

  async #connected() {
    const client = this.#connection()
    if (client.status === 'ready') return
    if (client.status === 'connecting' || client.status === 'connect') {
      const timeout = AbortSignal.timeout(this.connectTimeoutMs)
      const ready = await once(client, 'ready', { signal: timeout }).then(
        () => true,
        () => false
      )
      if (ready) return
    }
    throw new QueueUnavailable(`Redis is not reachable (connection ${client.status})`)
  }
}
