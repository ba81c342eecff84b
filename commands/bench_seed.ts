import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class BenchSeed extends BaseCommand {
  static commandName = 'bench:seed'
  static description =
    'Top the benchmark data set up to N items, with batches and transports (bulk inserts)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Items the data set holds afterwards', default: 10_000 })
  declare items: number

  @flags.boolean({ description: 'Empty the logistics tables first (a smaller data set)' })
  declare reset: boolean

  async run() {
    const { resetBench, seedBench } = await import('#bench/seed')
    if (this.reset) await resetBench()
    const report = await seedBench(this.items, (done) => {
      if (done % 100_000 === 0) this.logger.info(`${done.toLocaleString('en')} items`)
    })
    const added = report.after - report.before
    this.logger.success(
      `bench data set: ${report.after.toLocaleString('en')} items ` +
        `(${added.toLocaleString('en')} added in ${report.seconds.toFixed(1)} s)`
    )
  }
}
