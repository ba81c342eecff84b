import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

type Settings = {
  scales: number[]
  connections: number
  seconds: number
  warmupSeconds: number
  consoleRuns: number
  addItems: number
  completeItems: number
  bulkRuns: number
  events: number
  eventsRate: number
}

const FULL: Settings = {
  scales: [10_000, 100_000, 1_000_000],
  connections: 32,
  seconds: 20,
  warmupSeconds: 3,
  consoleRuns: 5,
  addItems: 10_000,
  completeItems: 100_000,
  bulkRuns: 5,
  events: 10_000,
  // At 1,500/s one worker fell behind on the 2-core benchmark machines, with the producer
  // beside it (857–1,309/s delivered), so the run measured a growing backlog, not latency.
  // A slower machine may fall behind at 1,000/s too: compare its delivered rate.
  eventsRate: 1_000,
}

/** Small and quick: keeps the harness working (CI runs it). */
const SMOKE: Settings = {
  scales: [2_000],
  connections: 8,
  seconds: 2,
  warmupSeconds: 0,
  consoleRuns: 1,
  addItems: 100,
  completeItems: 1_000,
  bulkRuns: 1,
  events: 500,
  eventsRate: 0,
}

const WAYBILL_PORT = 3390
const BASELINE_PORT = 3391

export default class Bench extends BaseCommand {
  static commandName = 'bench'
  static description =
    'Every benchmark in one run (HTTP API vs a bare baseline at several scales, bulk logistics, events); prints a markdown report'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Tiny data set and 2 s runs: checks that the harness works' })
  declare smoke: boolean

  @flags.array({ description: 'Item counts of the scale table (default 10000,100000,1000000)' })
  declare scales?: string[]

  @flags.number({
    description:
      'Seconds of load per API scenario and server (default 20; in rounds of 5 s with a baseline)',
  })
  declare seconds?: number

  @flags.number({ description: 'Concurrent connections per API run (default 32)' })
  declare connections?: number

  @flags.boolean({
    description: 'Build the server first (--no-build reuses build/)',
    default: true,
  })
  declare build: boolean

  async run() {
    const { assertBenchDatabase } = await import('#bench/database')
    let databaseName: string
    try {
      databaseName = assertBenchDatabase()
    } catch (error) {
      this.logger.error((error as Error).message)
      this.exitCode = 1
      return
    }
    const defaults = this.smoke ? SMOKE : FULL
    // The flag parser hands `--scales=10000` over as a number, `--scales=1,2` as a string.
    const scales = this.scales?.flatMap((s) => String(s).split(',')).map(Number)
    if (scales?.some((n) => !Number.isInteger(n) || n < 1)) {
      this.logger.error(`--scales takes item counts, such as 10000,100000 (got ${this.scales})`)
      this.exitCode = 1
      return
    }
    const settings: Settings = {
      ...defaults,
      scales: scales ?? defaults.scales,
      seconds: this.seconds ?? defaults.seconds,
      connections: this.connections ?? defaults.connections,
    }

    this.logger.info(`preparing the database ${databaseName}`)
    await this.#child(['ace', 'db:ensure'])
    await this.#child(['ace', 'migration:run', '--force'])
    if (this.build) {
      this.logger.info('building the server (node ace build)')
      await this.#child(['ace', 'build'])
    }

    const sections = [await this.#header(settings)]
    const apiRows = await this.#api(settings)
    sections.push(apiRows)
    this.logger.info('bulk logistics operations')
    await this.#settle()
    sections.push(await this.#bulk(settings))
    this.logger.info('events: outbox → queue → listener')
    await this.#settle()
    sections.push(await this.#events(settings))

    const report = sections.join('\n\n') + '\n'
    await writeFile(this.app.makePath('bench/results.md'), report)
    this.logger.log('')
    this.logger.log(report)
  }

  /**
   * Before a section: what autovacuum would have done by now. A PostgreSQL
   * run without it (as on the benchmark machines) otherwise hands each
   * section the dead row versions of the ones before (the API scales and
   * the bulk runs leave millions), and its figures depend on what ran first.
   */
  async #settle() {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    await db.rawQuery('vacuum analyze')
  }

  async #header(settings: Settings) {
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const version = await db.rawQuery('show server_version')
    const postgres = version.rows[0].server_version
    const setting = await db.rawQuery('show autovacuum')
    const autovacuum = setting.rows[0].autovacuum
    const cpu = os.cpus()
    return [
      `# Waybill benchmarks${this.smoke ? ' (smoke run: figures mean nothing)' : ''}`,
      '',
      `${new Date().toISOString()} · ${cpu.length} × ${cpu[0]?.model ?? 'cpu'} · ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · PostgreSQL ${postgres} ` +
        `(autovacuum ${autovacuum}) · ` +
        `${settings.connections} connections × ${settings.seconds} s per API scenario and server`,
    ].join('\n')
  }

  async #api(settings: Settings) {
    const { runApiScales } = await import('#bench/api/run')
    const rows = await runApiScales({
      ...settings,
      appRoot: this.app.makePath(),
      ports: { waybill: WAYBILL_PORT, baseline: BASELINE_PORT },
      log: (message) => this.logger.info(message),
    })
    return rows
  }

  async #bulk(settings: Settings) {
    const { benchLogistics, logisticsTable } = await import('#bench/logistics')
    const result = await benchLogistics({
      addCount: settings.addItems,
      completeCount: settings.completeItems,
      runs: settings.bulkRuns,
    })
    return [
      `## Bulk logistics (action + response rendering, ${settings.bulkRuns} runs)`,
      '',
      logisticsTable(result),
    ].join('\n')
  }

  async #events(settings: Settings) {
    const { benchEvents, eventsTable } = await import('#bench/events')
    const result = await benchEvents({
      events: settings.events,
      batchSize: 100,
      rate: settings.eventsRate > 0 ? settings.eventsRate : undefined,
      // As production runs them, from build/ (built above, or reused with --no-build).
      built: true,
    })
    return ['## Events: outbox → queue → listener', '', eventsTable(result)].join('\n')
  }

  /** `node <args>` in the app root with this process's environment; throws with its output if it fails. */
  #child(args: string[]) {
    return new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: this.app.makePath(),
        env: process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      child.on('error', reject)
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`node ${args.join(' ')} failed:\n${output}`))
      )
    })
  }
}
