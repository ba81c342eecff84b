import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { benchLogistics, logisticsTable } from '#bench/logistics'

export default class BenchLogistics extends BaseCommand {
  static commandName = 'bench:logistics'
  static description =
    'Time the bulk logistics operations: add items to a batch, start and complete a transport'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Items added to a batch in one request', default: 10_000 })
  declare add: number

  @flags.number({ description: 'Items carried by the completed transport', default: 100_000 })
  declare complete: number

  @flags.number({ description: 'Runs of each (the median is reported)', default: 5 })
  declare runs: number

  async run() {
    const result = await benchLogistics({
      addCount: this.add,
      completeCount: this.complete,
      runs: this.runs,
    })
    this.logger.log(`Logistics bulk operations, ${this.runs} runs (action + response rendering):`)
    this.logger.log(logisticsTable(result))
  }
}
