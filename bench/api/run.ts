import { randomBytes } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { OUTBOX_TABLE } from '#core/events/outbox'
import { QueueManager } from '#core/queue/queue_manager'
import type { QueueConfig, QueueName } from '#core/queue/types'
import { TokenPairs } from '#auth/services/token_pairs'
import { ServerProcess } from '#bench/api/server_process'
import { listQueryPlans } from '#bench/api/plans'
import { benchApi, deepPageOf, WRITE_SKU, type ScenarioFigures } from '#bench/api/api_bench'
import { BENCH_STAFF, countBenchItems, resetBench, seedBench } from '#bench/seed'
import { ItemCreated } from '#shipping/events/item_created'
import { change, count, markdownTable, median, mib, ms, ratio } from '#bench/report'
import { benchConsole, consoleTable, type ConsoleFigures } from '#bench/console'
import {
  benchDashboardQueries,
  dashboardTable,
  DASHBOARD_RUNS,
  type DashboardQueryFigures,
} from '#bench/dashboard'
import { load } from '#bench/api/load'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * The API benchmark at each scale: tops the data set up, starts the built
 * server (production mode, PostgreSQL, Redis) and the bare baseline, runs
 * the scenarios against both, stops them. Returns the report's section.
 */
export async function runApiScales(options: {
  appRoot: string
  scales: number[]
  connections: number
  seconds: number
  warmupSeconds: number
  /** Loads of each console page in Chromium (after one warm-up load). */
  consoleRuns: number
  ports: { waybill: number; baseline: number }
  log: (message: string) => void
}): Promise<string> {
  const rows: ScenarioFigures[] = []
  const consoleRows: ConsoleFigures[] = []
  const dashboardRows: DashboardQueryFigures[] = []
  const memoryRows: (string | number)[][] = []
  let plans = ''
  const seeding: string[] = []
  const queueConfig = app.config.get<QueueConfig>('queue')
  const queuePrefix = `${queueConfig.prefix}:bench-api-${randomBytes(3).toString('hex')}`
  const databaseEnv = {
    DB_CONNECTION: 'pg',
    PG_DB_NAME: String(
      (db.getRawConnection('pg')!.config.connection as { database?: string }).database
    ),
  }

  const scales = [...options.scales].sort((a, b) => a - b)
  // Each scale's figures are for exactly that many items.
  if ((await countBenchItems()) > scales[0]) await resetBench()
  for (const items of scales) {
    options.log(`seeding to ${count(items)} items`)
    const seeded = await seedBench(items)
    seeding.push(
      `${count(seeded.after)} items (${count(seeded.after - seeded.before)} added in ${seeded.seconds.toFixed(1)} s)`
    )
    // What autovacuum would have done by now on a real database.
    await db.rawQuery('vacuum analyze')
    const completed = await countCompleted()
    if (items === scales.at(-1)) {
      plans =
        `Plans of the deep-page queries at ${count(items)} items:\n\n` +
        (await listQueryPlans(deepPageOf(completed)))
    }
    const { access } = await issueToken()

    const waybill = await ServerProcess.start({
      name: 'Waybill',
      args: ['--env-file-if-exists=../.env', 'bin/server.js'],
      cwd: `${options.appRoot}/build`,
      env: {
        ...databaseEnv,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        QUEUE_PREFIX: queuePrefix,
        APP_KEY: process.env.APP_KEY,
      },
      port: options.ports.waybill,
      readyPath: '/health/live',
      inspectable: true,
    })
    let baseline: ServerProcess | undefined
    try {
      baseline = await ServerProcess.start({
        name: 'baseline',
        args: ['bench/baseline/server.ts'],
        cwd: options.appRoot,
        env: databaseEnv,
        port: options.ports.baseline,
        readyPath: '/api/v1/shipping/shippingitems/?page_size=1',
      })
      // Warm idle: after a short load, once the process has settled.
      const warmUp = { path: '/api/v1/shipping/shippingitems/?status=COMPLETED' }
      const auth = { authorization: `Bearer ${access}` }
      await load(waybill.url, warmUp, { connections: 8, seconds: 3, headers: auth })
      await sleep(IDLE_MS)
      const warmIdle = await residentMemory(waybill)
      options.log(`load at ${count(items)} items`)
      rows.push(
        ...(await benchApi({
          items,
          completed,
          waybill,
          baseline,
          accessToken: access,
          connections: options.connections,
          seconds: options.seconds,
          warmupSeconds: options.warmupSeconds,
          afterWrite: removeWrittenItems,
        }))
      )
      options.log(`console pages in Chromium at ${count(items)} items`)
      consoleRows.push(
        ...(await benchConsole({ url: waybill.url, items, completed, runs: options.consoleRuns }))
      )
      await sleep(IDLE_MS)
      const afterRun = await residentMemory(waybill)
      memoryRows.push([
        count(items),
        mib(warmIdle.kept),
        mib(afterRun.kept),
        change(afterRun.kept, warmIdle.kept),
        mib(warmIdle.collected),
        mib(afterRun.collected),
        change(afterRun.collected, warmIdle.collected),
      ])
      options.log(`dashboard queries at ${count(items)} items`)
      dashboardRows.push(...(await benchDashboardQueries(items)))
    } finally {
      await waybill.stop()
      await baseline?.stop()
      await dropQueues(queueConfig, queuePrefix)
    }
  }

  return [
    `## HTTP API: built server (production mode) vs bare Fastify + pg baseline`,
    '',
    `Data sets: ${seeding.join('; ')}. Waybill requests carry a staff bearer token (the baseline has no auth). ` +
      `The baseline's answers were checked identical to Waybill's before each run. ` +
      `A scenario with a baseline runs in rounds that alternate between the two servers (Waybill first, then the baseline first, …); ` +
      `req/s is over all of a server's rounds, p50 the median of the rounds' p50s, p99 the worst round's, ` +
      `and the ratio the median of the rounds' ratios (with 4 rounds, the higher of the middle two). ` +
      `Peak RSS is the server process's high-water mark over the scenario.`,
    '',
    markdownTable(
      [
        'items',
        'scenario',
        'req/s',
        'p50',
        'p99',
        'errors',
        'peak RSS',
        'baseline req/s',
        'baseline p50',
        'baseline p99',
        'baseline RSS',
        'Waybill/baseline req/s: median (each round)',
      ],
      rows.map((row) => [
        count(row.items),
        row.scenario,
        count(row.waybill.requestsPerSecond),
        ms(row.waybill.p50Ms),
        ms(row.waybill.p99Ms),
        count(row.waybill.errors),
        mib(row.waybill.peakRssBytes),
        ...(row.baseline
          ? [
              count(row.baseline.requestsPerSecond),
              ms(row.baseline.p50Ms),
              ms(row.baseline.p99Ms),
              mib(row.baseline.peakRssBytes),
              `${ratio(median(row.roundRatios))} (${row.roundRatios.map(ratio).join(', ')})`,
            ]
          : ['–', '–', '–', '–', '–']),
      ])
    ),
    '',
    '### CPU time per request',
    '',
    'CPU time (user + system, from `/proc`) over the same rounds, per request answered: the server process, ' +
      "and PostgreSQL's (every `postgres` process) while the server was under load. The ratio of req/s above " +
      "compares all the work one request costs the machine (the server's, PostgreSQL's and the load generator's, " +
      "on the same cores); the server column is the part that is Waybill's own.",
    '',
    markdownTable(
      [
        'items',
        'scenario',
        'Waybill server',
        'baseline server',
        'Waybill / baseline (server)',
        'PostgreSQL, Waybill rounds',
        'PostgreSQL, baseline rounds',
      ],
      rows.map((row) => {
        const [waybill, baseline] = [row.waybill.cpuPerRequest, row.baseline?.cpuPerRequest]
        return [
          count(row.items),
          row.scenario,
          cpuMs(waybill.server),
          cpuMs(baseline?.server),
          waybill.server !== null && baseline?.server
            ? ratio(waybill.server / baseline.server)
            : '–',
          cpuMs(waybill.postgres),
          cpuMs(baseline?.postgres),
        ]
      })
    ),
    '',
    plans,
    '',
    '### Web process memory: warm idle vs after the run',
    '',
    `Resident memory of the built server ${IDLE_MS / 1000} s after a 3 s warm-up load (warm idle), and ${IDLE_MS / 1000} s after ` +
      'every scenario above and the console pages: as V8 keeps it, then after a full garbage collection ' +
      '(through the inspector), which leaves what the process holds on to. No leak: after a collection, ' +
      'within 20% of warm idle after one.',
    '',
    markdownTable(
      [
        'items',
        'warm idle RSS',
        'RSS after the run',
        'change',
        'warm idle, collected',
        'after the run, collected',
        'change (leak check)',
      ],
      memoryRows
    ),
    '',
    '### Dashboard queries',
    '',
    `Each figure behind a dashboard widget, ${count(DASHBOARD_RUNS)} calls in a row from this process (target: p99 at the largest ` +
      'data set within 2× of the smallest).',
    '',
    dashboardTable(dashboardRows),
    '',
    consoleTable(consoleRows),
  ].join('\n')
}

/** How long a server is left alone before its resident memory is read. */
const IDLE_MS = 5000

/**
 * Resident memory as V8 keeps it (`kept`: the young generation at the size
 * load grew it to, old garbage not yet collected), then after a full
 * collection (`collected`).
 */
async function residentMemory(server: ServerProcess) {
  const kept = await server.memory()
  await server.collectGarbage()
  // V8 hands the freed pages back from background threads.
  await sleep(1_000)
  return { kept, collected: await server.memory() }
}

async function countCompleted() {
  const [row] = await db.from('shipping_items').where('status', 'COMPLETED').count('* as total')
  return Number(row.total)
}

async function issueToken() {
  const staff = await db.from('users').where('username', BENCH_STAFF).select('uuid').first()
  const pairs = await app.container.make(TokenPairs)
  return pairs.issue(staff.uuid)
}

/** CPU time per request, in milliseconds to the microsecond; a dash where there is none. */
const cpuMs = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${value.toFixed(3)} ms`

/** The write scenario's items go, so every scale reads the data set it names. */
async function removeWrittenItems() {
  await db.from('shipping_items').where('sku', WRITE_SKU).delete()
  await db.from(OUTBOX_TABLE).where('name', ItemCreated.eventName).delete()
}

async function dropQueues(config: QueueConfig, prefix: string) {
  const queues = new QueueManager({ ...config, prefix })
  try {
    for (const name of Object.keys(config.queues) as QueueName[]) {
      await queues.queue(name).obliterate({ force: true })
    }
  } finally {
    await queues.close()
  }
}
