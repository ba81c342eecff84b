import { args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { QueueMonitor } from '#core/queue/queue_monitor'
import { QUEUE_NAMES } from '#core/queue/types'
import { QueueCommand } from '#core/queue/queue_command'

export default class QueueRetry extends QueueCommand {
  static commandName = 'queue:retry'
  static description = 'Re-queue a failed job by id, or every failed job with --all'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Id of the failed job', required: false })
  declare id?: string

  @flags.boolean({ description: 'Retry every failed job' })
  declare all: boolean

  @flags.string({ description: `Only this queue (${QUEUE_NAMES.join(', ')})` })
  declare queue?: string

  async run() {
    if (!this.id && !this.all) {
      this.logger.error('Give a job id, or --all')
      this.exitCode = 1
      return
    }
    const queues = this.queueNamesFrom(this.queue ? [this.queue] : [])
    if (!queues) return
    const queue = this.queue ? queues[0] : undefined
    const monitor = await this.app.container.make(QueueMonitor)
    const retried = await monitor.retry(this.all ? { all: true } : { id: this.id! }, queue)
    if (retried === 0 && !this.all) {
      this.logger.error(`No failed job with id "${this.id}"`)
      this.exitCode = 1
      return
    }
    this.logger.success(`Re-queued ${retried} job(s)`)
  }
}
