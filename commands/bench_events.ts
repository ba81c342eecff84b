import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { benchEvents, eventsTable } from '#bench/events'

export default class BenchEvents extends BaseCommand {
  static commandName = 'bench:events'
  static description = 'Measure outbox → queue → listener throughput and latency'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Events to record', default: 10_000 })
  declare events: number

  @flags.number({ description: 'Events per transaction', default: 100 })
  declare batch: number

  @flags.number({
    description: 'Also measure latency with the producer paced at this many events/s (0: skip)',
    default: 1_000,
  })
  declare rate: number

  async run() {
    const runs = [await benchEvents({ events: this.events, batchSize: this.batch })]
    if (this.rate > 0) {
      runs.push(await benchEvents({ events: this.events, batchSize: this.batch, rate: this.rate }))
    }
    this.logger.log(eventsTable(runs))
  }
}
