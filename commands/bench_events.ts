import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { benchEvents, eventsTable } from '#bench/events'

export default class BenchEvents extends BaseCommand {
  static commandName = 'bench:events'
  static description =
    'Measure outbox → queue → listener: a bare BullMQ + pg worker, Waybill with one and two worker processes, and latency'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Events to record per run', default: 10_000 })
  declare events: number

  @flags.number({ description: 'Events per transaction', default: 100 })
  declare batch: number

  @flags.number({ description: 'Rounds of the capacity runs (the median counts)', default: 1 })
  declare rounds: number

  @flags.boolean({ description: 'Run Waybill workers from build/ (run `node ace build` first)' })
  declare built: boolean

  @flags.number({
    description: 'Also measure latency with the producer paced at this many events/s (0: skip)',
    default: 1_000,
  })
  declare rate: number

  async run() {
    const result = await benchEvents({
      events: this.events,
      batchSize: this.batch,
      rounds: this.rounds,
      built: this.built,
      rate: this.rate > 0 ? this.rate : undefined,
    })
    this.logger.log(eventsTable(result))
  }
}
