import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { benchEvents } from '#bench/events'

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
    const line = (cells: (string | number)[]) => this.logger.log(`| ${cells.join(' | ')} |`)
    line([
      'events benchmark',
      ...runs.map((r) => (r.offeredRate ? `paced ${r.offeredRate}/s` : 'flat out')),
      'target',
    ])
    line(['---', ...runs.map(() => '---'), '---'])
    line(['events (per transaction)', ...runs.map((r) => `${r.events} (${r.batchSize})`), ''])
    line([
      'database / worker concurrency',
      ...runs.map((r) => `${r.database} / ${r.concurrency}`),
      '',
    ])
    line(['delivered events/s', ...runs.map((r) => r.eventsPerSecond), '≥ 2,000'])
    line(['recorded events/s', ...runs.map((r) => r.recordPerSecond), ''])
    line(['commit → listener p50 (ms)', ...runs.map((r) => r.p50Ms), '< 100'])
    line(['commit → listener p99 (ms)', ...runs.map((r) => r.p99Ms), '< 1,000'])
    line(['commit → listener max (ms)', ...runs.map((r) => r.maxMs), ''])
  }
}
