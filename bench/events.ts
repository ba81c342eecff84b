import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import os from 'node:os'
import type { ChildProcess } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { Outbox, OUTBOX_TABLE } from '#core/events/outbox'
import { INBOX_TABLE } from '#core/events/inbox'
import { QueueManager } from '#core/queue/queue_manager'
import { Registry } from '#core/queue/registry'
import { exitOf, spawnWorkerProcess } from '#core/queue/worker_process'
import type { QueueConfig } from '#core/queue/types'
import { BenchEventRecorded } from '#bench/probes/bench_event_recorded'
import { DELIVERIES_TABLE } from '#bench/listeners/record_delivery_on_bench_event_recorded'
import { count, markdownTable, median, ratio } from '#bench/report'
import { cpuUsedMs, processCpuMs, processesNamed } from '#bench/processes'

const PROBES = 'bench/listeners'

/** Who consumes the events queue: the bare baseline or Waybill's `queue:work`. */
export type Consumer = { kind: 'baseline' } | { kind: 'waybill'; processes: number }

export type DrainResult = {
  consumer: Consumer
  events: number
  /** Delivered events/s of each round (median first in `eventsPerSecond`). */
  rounds: number[]
  eventsPerSecond: number
  /** Share of the machine's CPU time in use during the drains (every process, not only ours). */
  machineBusy: number
  /** CPU time per delivered event (ms, median round) of each part; null where /proc cannot tell. */
  cpuPerEvent: CpuPerEvent
}

/** CPU time per delivered event (ms): the consumer processes, PostgreSQL's, Redis's. */
export type CpuPerEvent = {
  consumers: number | null
  postgres: number | null
  redis: number | null
}

export type LatencyResult = {
  events: number
  offeredRate: number
  eventsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

export type EventsBenchResult = {
  events: number
  batchSize: number
  database: string
  concurrency: number
  built: boolean
  drains: DrainResult[]
  latency: LatencyResult | null
}

export const CONSUMERS: Consumer[] = [
  { kind: 'baseline' },
  { kind: 'waybill', processes: 1 },
  { kind: 'waybill', processes: 2 },
]

/**
 * Events through the real outbox (this process plays the web server,
 * recording them in transactions of `batchSize`), delivered to a probe
 * listener that writes one row per delivery in the inbox's transaction.
 *
 * Capacity: for each consumer (the bare BullMQ + pg baseline, Waybill with
 * one worker process, with two), the events are recorded into a paused
 * queue, the consumer processes start, and the queue is resumed: delivered
 * events/s is resume → last delivery row. Consumers run in turn, `rounds`
 * times each, interleaved; the median round counts. Latency (with `rate`):
 * one Waybill worker while the producer offers `rate` events/s, commit →
 * listener.
 *
 * Waybill's workers run from `build/` when `built` (as production does),
 * else from the TypeScript source.
 */
export async function benchEvents(options: {
  events: number
  batchSize: number
  rate?: number
  rounds?: number
  built?: boolean
  consumers?: Consumer[]
}): Promise<EventsBenchResult> {
  const config = app.config.get<QueueConfig>('queue')
  const built = options.built ?? false
  if (built && !existsSync(app.makePath('build/ace.js'))) {
    throw new Error('bench events --built: no build/ (run `node ace build` first)')
  }
  const registry = await Registry.discover(app.makePath(), [PROBES])
  await db.rawQuery(
    `create table if not exists ${DELIVERIES_TABLE} (run varchar(32) not null, ` +
      'event_id varchar(64) not null, delivered_at bigint not null, primary key (run, event_id))'
  )
  const consumers = options.consumers ?? CONSUMERS
  const rounds = consumers.map(() => [] as number[])
  const busy = consumers.map(() => [] as number[])
  const cpu = consumers.map(() => [] as CpuPerEvent[])
  let latency: LatencyResult | null = null
  try {
    for (let round = 0; round < (options.rounds ?? 1); round++) {
      for (const [index, consumer] of consumers.entries()) {
        const result = await drain({ ...options, config, registry, consumer, built })
        rounds[index].push(result.perSecond)
        busy[index].push(result.machineBusy)
        cpu[index].push(result.cpuPerEvent)
      }
    }
    if (options.rate) {
      latency = await paced({ ...options, rate: options.rate, config, registry, built })
    }
  } finally {
    await db.rawQuery(`drop table if exists ${DELIVERIES_TABLE}`)
  }

  return {
    events: options.events,
    batchSize: options.batchSize,
    database: db.primaryConnectionName,
    concurrency: config.queues.events.concurrency,
    built,
    drains: consumers.map((consumer, index) => ({
      consumer,
      events: options.events,
      rounds: rounds[index],
      eventsPerSecond: median(rounds[index]),
      machineBusy: median(busy[index]),
      cpuPerEvent: {
        consumers: medianOrNull(cpu[index].map((c) => c.consumers)),
        postgres: medianOrNull(cpu[index].map((c) => c.postgres)),
        redis: medianOrNull(cpu[index].map((c) => c.redis)),
      },
    })),
    latency,
  }
}

type RunOptions = {
  events: number
  batchSize: number
  config: QueueConfig
  registry: Registry
  built: boolean
}

/** A private queue prefix, an outbox on it, and the clean-up afterwards. */
async function session<T>(options: RunOptions, body: (run: Run) => Promise<T>): Promise<T> {
  const id = randomBytes(6).toString('hex')
  const prefix = `${options.config.prefix}:bench-${id}`
  const queues = new QueueManager({ ...options.config, prefix })
  const run: Run = {
    id,
    prefix,
    queues,
    outbox: new Outbox(db, queues, options.registry, logger),
    eventIds: [],
    workers: [],
  }
  try {
    return await body(run)
  } finally {
    for (const worker of run.workers) worker.kill('SIGTERM')
    await Promise.all(run.workers.map(exitOf))
    for (const queue of queues.queues()) await queue.obliterate({ force: true })
    await queues.close()
    await db.from(DELIVERIES_TABLE).where('run', id).delete()
    for (let i = 0; i < run.eventIds.length; i += 500) {
      const chunk = run.eventIds.slice(i, i + 500)
      await db.from(INBOX_TABLE).whereIn('event_id', chunk).delete()
      await db.from(OUTBOX_TABLE).whereIn('id', chunk).delete()
    }
  }
}

type Run = {
  id: string
  prefix: string
  queues: QueueManager
  outbox: Outbox
  eventIds: string[]
  workers: ChildProcess[]
}

/** Records `events` events through the outbox, `batchSize` per transaction. */
async function record(
  run: Run,
  options: { events: number; batchSize: number; rate?: number },
  onCommit: (ids: string[], at: number) => void = () => {}
) {
  const started = Date.now()
  for (let sent = 0; sent < options.events; sent += options.batchSize) {
    const size = Math.min(options.batchSize, options.events - sent)
    const batch = Array.from(
      { length: size },
      (_, i) => new BenchEventRecorded({ n: sent + i, run: run.id })
    )
    const ids = batch.map((event) => event.id)
    run.eventIds.push(...ids)
    await db.transaction(async (trx) => {
      // Runs before the outbox's own after-commit hand-over.
      trx.after('commit', async () => onCommit(ids, Date.now()))
      await run.outbox.record(trx, ...batch)
    })
    if (options.rate) {
      const due = started + ((sent + size) / options.rate) * 1000
      if (due > Date.now()) await sleep(due - Date.now())
    }
  }
}

async function startConsumer(run: Run, consumer: Consumer, options: RunOptions) {
  const env = {
    QUEUE_PREFIX: run.prefix,
    DB_CONNECTION: db.primaryConnectionName,
    EVENTS_CONCURRENCY: String(options.config.queues.events.concurrency),
  }
  if (consumer.kind === 'baseline') {
    run.workers.push(
      await spawnWorkerProcess({
        appRoot: app.makePath(),
        command: ['bench/baseline/events_worker.ts'],
        env,
      })
    )
    return
  }
  const started = await Promise.all(
    Array.from({ length: consumer.processes }, () =>
      spawnWorkerProcess({
        appRoot: options.built ? app.makePath('build') : app.makePath(),
        // build/ has no .env of its own (as bin/server.js is started in production).
        command: options.built ? ['--env-file-if-exists=../.env', 'ace.js'] : ['ace'],
        args: ['queue:work', '--queue=events', '--no-schedulers'],
        env: {
          ...env,
          // As deployed: JSON log lines, no pretty-printer thread.
          NODE_ENV: 'production',
          QUEUE_DISCOVER_EXTRA: PROBES,
          APP_KEY: process.env.APP_KEY,
        },
      })
    )
  )
  run.workers.push(...started)
}

/** Waits until every event has its delivery row; throws if the consumers stall. */
async function delivered(run: Run, events: number) {
  let seen = -1
  let progressAt = Date.now()
  for (;;) {
    const [row] = await db.from(DELIVERIES_TABLE).where('run', run.id).count('* as total')
    const total = Number(row.total)
    if (total >= events) return
    if (total > seen) [seen, progressAt] = [total, Date.now()]
    const exited = run.workers.find((w) => w.exitCode !== null || w.signalCode !== null)
    if (exited) throw new Error(`a consumer exited (${exited.exitCode}) after ${total} deliveries`)
    if (Date.now() - progressAt > 60_000) throw new Error(`deliveries stalled at ${total}`)
    await sleep(50)
  }
}

async function drain(options: RunOptions & { consumer: Consumer }) {
  return session(options, async (run) => {
    const queue = run.queues.queue('events')
    await queue.pause()
    await record(run, options)
    // The hand-over runs after commit: wait until every job is queued.
    while ((await queue.getJobCountByTypes('wait')) < options.events) await sleep(20)
    await startConsumer(run, options.consumer, options)
    const parts = {
      consumers: run.workers.map((worker) => worker.pid!),
      postgres: processesNamed('postgres'),
      redis: processesNamed('redis-server'),
    }
    const partsBefore = cpuOfParts(parts)
    const resumed = Date.now()
    const cpuBefore = cpuTimes()
    await queue.resume()
    await delivered(run, options.events)
    const cpuAfter = cpuTimes()
    // Backends started during the drain count from their start; one that
    // ended during it is left out (the pool keeps its connections open).
    const partsAfter = cpuOfParts({ ...parts, postgres: processesNamed('postgres') })
    const perEvent = (part: keyof typeof parts) => {
      const used = cpuUsedMs(partsBefore[part], partsAfter[part])
      return used === null ? null : used / options.events
    }
    const [row] = await db.from(DELIVERIES_TABLE).where('run', run.id).max('delivered_at as last')
    return {
      perSecond: options.events / ((Number(row.last) - resumed) / 1000),
      machineBusy: 1 - (cpuAfter.idle - cpuBefore.idle) / (cpuAfter.total - cpuBefore.total || 1),
      cpuPerEvent: {
        consumers: perEvent('consumers'),
        postgres: perEvent('postgres'),
        redis: perEvent('redis'),
      },
    }
  })
}

/** Idle and total CPU time of the whole machine so far (ms, every core). */
function cpuTimes() {
  let idle = 0
  let total = 0
  for (const { times } of os.cpus()) {
    idle += times.idle
    total += times.user + times.nice + times.sys + times.irq + times.idle
  }
  return { idle, total }
}

function cpuOfParts(parts: { consumers: number[]; postgres: number[]; redis: number[] }) {
  return {
    consumers: processCpuMs(parts.consumers),
    postgres: parts.postgres.length ? processCpuMs(parts.postgres) : null,
    redis: parts.redis.length ? processCpuMs(parts.redis) : null,
  }
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length ? median(known) : null
}

async function paced(options: RunOptions & { rate: number }): Promise<LatencyResult> {
  return session(options, async (run) => {
    await startConsumer(run, { kind: 'waybill', processes: 1 }, options)
    const committedAt = new Map<string, number>()
    const started = Date.now()
    await record(run, options, (ids, at) => ids.forEach((id) => committedAt.set(id, at)))
    await delivered(run, options.events)
    const rows: { event_id: string; delivered_at: string | number }[] = await db
      .from(DELIVERIES_TABLE)
      .where('run', run.id)
      .select('event_id', 'delivered_at')
    const latencies = rows
      .map((r) => Number(r.delivered_at) - committedAt.get(r.event_id)!)
      .sort((a, b) => a - b)
    const last = Math.max(...rows.map((r) => Number(r.delivered_at)))
    const pick = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]
    return {
      events: options.events,
      offeredRate: options.rate,
      eventsPerSecond: Math.round(options.events / ((last - started) / 1000)),
      p50Ms: pick(0.5),
      p99Ms: pick(0.99),
      maxMs: latencies[latencies.length - 1],
    }
  })
}

const consumerLabel = (consumer: Consumer) =>
  consumer.kind === 'baseline'
    ? 'bare BullMQ + pg'
    : `Waybill, ${consumer.processes} worker process${consumer.processes > 1 ? 'es' : ''}`

const CPU_PARTS = {
  consumers: 'the consumer processes',
  postgres: 'PostgreSQL (every postgres process)',
  redis: 'Redis',
}

/** The capacity runs side by side with their ratios, then the latency run. */
export function eventsTable(result: EventsBenchResult): string {
  const { drains } = result
  const baseline = drains.find((d) => d.consumer.kind === 'baseline')
  const waybill = (processes: number) =>
    drains.find((d) => d.consumer.kind === 'waybill' && d.consumer.processes === processes)
  const one = waybill(1)
  const two = waybill(2)
  const capacity = markdownTable(
    ['events: backlog drained', ...drains.map((d) => consumerLabel(d.consumer)), 'target'],
    [
      [
        `delivered events/s (${count(result.events)} events${drains[0]?.rounds.length > 1 ? `, median of ${drains[0].rounds.length} rounds` : ''})`,
        ...drains.map((d) => count(d.eventsPerSecond)),
        '',
      ],
      ...(drains[0]?.rounds.length > 1
        ? [['rounds', ...drains.map((d) => d.rounds.map(count).join(', ')), '']]
        : []),
      [
        'machine CPU in use during the drain (every process)',
        ...drains.map((d) => `${Math.round(d.machineBusy * 100)}%`),
        '',
      ],
      ...(['consumers', 'postgres', 'redis'] as const).map((part) => [
        `CPU per event (ms), ${CPU_PARTS[part]}`,
        ...drains.map((d) =>
          d.cpuPerEvent[part] === null ? '–' : d.cpuPerEvent[part]!.toFixed(3)
        ),
        '',
      ]),
      [
        'Waybill / baseline',
        ...drains.map((d) =>
          baseline && d.consumer.kind === 'waybill'
            ? ratio(d.eventsPerSecond / baseline.eventsPerSecond)
            : ''
        ),
        '≥ 0.80× (one process)',
      ],
      [
        'two processes / one',
        ...drains.map((d) =>
          d === two && one ? ratio(two.eventsPerSecond / one.eventsPerSecond) : ''
        ),
        '≥ 1.80×',
      ],
    ]
  )
  const setting =
    `${result.database}, ${result.batchSize} events per transaction, worker concurrency ` +
    `${result.concurrency}, Waybill workers from ${result.built ? 'build/' : 'the TypeScript source'}`
  const sections = [capacity, '', setting]
  if (result.latency) {
    const l = result.latency
    sections.push(
      '',
      markdownTable(
        [`events: paced at ${count(l.offeredRate)}/s (Waybill, one worker process)`, '', 'target'],
        [
          ['delivered events/s', count(l.eventsPerSecond), ''],
          ['commit → listener p50 (ms)', String(l.p50Ms), '< 100'],
          ['commit → listener p99 (ms)', String(l.p99Ms), '< 1,000'],
          ['commit → listener max (ms)', String(l.maxMs), ''],
        ]
      )
    )
  }
  return sections.join('\n')
}
