import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { QueueManager } from '#core/queue/queue_manager'
import { Registry } from '#core/queue/registry'
import { WorkerPool, syncJobSchedulers } from '#core/queue/worker_pool'
import { QUEUE_NAMES, type QueueName } from '#core/queue/types'

/**
 * The worker process: `node ace queue:work [--queue=events,default] [--concurrency=N]`.
 * SIGTERM/SIGINT stop taking jobs, let the running ones finish, then exit.
 */
export default class QueueWork extends BaseCommand {
  static commandName = 'queue:work'
  static description = 'Process background jobs (all queues unless --queue is given)'
  static options: CommandOptions = { startApp: true, staysAlive: true }

  @flags.array({ description: `Queues to serve (${QUEUE_NAMES.join(', ')})` })
  declare queue?: string[]

  @flags.number({ description: 'Jobs processed at once per queue (default: per queue config)' })
  declare concurrency?: number

  @flags.boolean({ description: 'Register periodic job schedulers', default: true })
  declare schedulers: boolean

  async run() {
    const names = this.#queueNames()
    if (!names) return

    const queues = await this.app.container.make(QueueManager)
    const registry = await this.app.container.make(Registry)
    const logger = await this.app.container.make('logger')

    const pool = new WorkerPool(queues, registry, this.app.container, logger)
    pool.start(names, { concurrency: this.concurrency })
    await pool.waitUntilReady()
    if (this.schedulers) await syncJobSchedulers(queues, registry)

    // SIGTERM (wired in bin/console.ts) and SIGINT terminate the app; its
    // terminating hooks run before providers close Redis and the database.
    this.app.terminating(async () => {
      logger.info('queue worker stopping: finishing jobs in flight')
      await pool.close()
    })
    process.once('SIGINT', () => this.app.terminate())

    logger.info({ queues: names, prefix: queues.prefix }, 'queue worker started')
  }

  #queueNames(): QueueName[] | undefined {
    const requested = (this.queue ?? []).flatMap((value) => value.split(',')).filter(Boolean)
    if (requested.length === 0) return [...QUEUE_NAMES]
    const unknown = requested.filter((name) => !QUEUE_NAMES.includes(name as QueueName))
    if (unknown.length > 0) {
      this.logger.error(`Unknown queue(s): ${unknown.join(', ')}. Known: ${QUEUE_NAMES.join(', ')}`)
      this.exitCode = 1
      return undefined
    }
    return requested as QueueName[]
  }
}
