import { flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { QueueMonitor } from '#core/queue/queue_monitor'
import { QUEUE_NAMES } from '#core/queue/types'
import { QueueCommand } from '#core/queue/queue_command'

export default class QueueFailed extends QueueCommand {
  static commandName = 'queue:failed'
  static description = 'List failed jobs with their errors, and the counts per queue'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: `Only this queue (${QUEUE_NAMES.join(', ')})` })
  declare queue?: string

  @flags.number({ description: 'How many failed jobs to show', default: 50 })
  declare limit: number

  async run() {
    const queues = this.queueNamesFrom(this.queue ? [this.queue] : [])
    if (!queues) return
    const queue = this.queue ? queues[0] : undefined
    const monitor = await this.app.container.make(QueueMonitor)

    const counts = this.ui
      .table()
      .head(['queue', 'waiting', 'active', 'delayed', 'failed', 'completed'])
    for (const row of await monitor.counts()) {
      counts.row([
        row.queue,
        ...[row.waiting, row.active, row.delayed, row.failed, row.completed].map(String),
      ])
    }
    counts.render()

    const failed = await monitor.failed({
      queue,
      limit: this.limit,
    })
    if (failed.length === 0) {
      this.logger.success('No failed jobs')
      return
    }
    const table = this.ui.table().head(['queue', 'id', 'job', 'attempts', 'failed at', 'error'])
    for (const job of failed) {
      table.row([
        job.queue,
        job.id,
        job.name,
        String(job.attempts),
        job.failedAt ?? '',
        job.failedReason,
      ])
    }
    table.render()
  }
}
