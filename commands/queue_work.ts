import { flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { QueueManager } from '#core/queue/queue_manager'
import { Registry } from '#core/queue/registry'
import { WorkerPool, syncJobSchedulers } from '#core/queue/worker_pool'
import { QUEUE_NAMES } from '#core/queue/types'
import { QueueCommand } from '#core/queue/queue_command'

/**
 * The worker process: `node ace queue:work [--queue=events,default] [--concurrency=N]`.
 * SIGTERM/SIGINT stop taking jobs, let the running ones finish, then exit.
 */
export default class QueueWork extends QueueCommand {
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
    const names = this.queueNamesFrom(this.queue ?? [])
    // This command stays alive: end it so the exit code applies.
    if (!names) return this.terminate()

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
}
