import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { benchLogistics } from '#bench/logistics'

export default class BenchLogistics extends BaseCommand {
  static commandName = 'bench:logistics'
  static description =
    'Time the bulk logistics operations: add items to a batch, complete a transport'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Items added to a batch in one request', default: 1_000 })
  declare add: number

  @flags.number({ description: 'Items carried by the completed transport', default: 10_000 })
  declare complete: number

  @flags.number({ description: 'Runs of each (the median is reported)', default: 5 })
  declare runs: number

  async run() {
    const result = await benchLogistics({
      addCount: this.add,
      completeCount: this.complete,
      runs: this.runs,
    })
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b)
      return sorted[Math.floor(sorted.length / 2)]
    }
    const ms = (value: number) => `${value.toFixed(0)} ms`
    const line = (cells: string[]) => this.logger.log(`| ${cells.join(' | ')} |`)
    line([
      `logistics benchmark (${result.database}, ${this.runs} runs)`,
      'median',
      'min',
      'max',
      'target',
    ])
    line(['---', '---', '---', '---', '---'])
    for (const [label, values, target] of [
      [
        `add ${result.addItemsCount.toLocaleString('en')} items to a batch`,
        result.addItemsMs,
        '< 1 s',
      ],
      [
        `complete a ${result.completeItemsCount.toLocaleString('en')}-item transport`,
        result.completeTransportMs,
        '< 2 s',
      ],
    ] as const) {
      line([label, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values)), target])
    }
  }
}
