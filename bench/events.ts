import { randomBytes } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import logger from '@adonisjs/core/services/logger'
import { Outbox, OUTBOX_TABLE } from '#core/events/outbox'
import { INBOX_TABLE } from '#core/events/inbox'
import { QueueManager } from '#core/queue/queue_manager'
import { Registry } from '#core/queue/registry'
import { exitOf, spawnWorkerProcess } from '#core/queue/worker_process'
import type { QueueConfig } from '#core/queue/types'
import { BenchEventRecorded } from '#bench/probes/bench_event_recorded'
import { count, markdownTable } from '#bench/report'

const PROBES = 'bench/listeners'

export type EventsBenchResult = {
  events: number
  batchSize: number
  offeredRate: number | null
  database: string
  concurrency: number
  eventsPerSecond: number
  recordPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
}

/**
 * Records `events` events in transactions of `batchSize` through the real
 * outbox (this process plays the web server) while one worker process,
 * `node ace queue:work --queue=events`, delivers them to a probe listener
 * through the real inbox. Both use a private queue prefix. Latency is commit
 * → listener; throughput is first commit → last delivery. With `rate`, the
 * producer offers that many events per second instead of going flat out.
 */
export async function benchEvents(options: { events: number; batchSize: number; rate?: number }) {
  const config = app.config.get<QueueConfig>('queue')
  const prefix = `${config.prefix}:bench-${randomBytes(3).toString('hex')}`
  const deliveredKey = `${prefix}:delivered`
  const queues = new QueueManager({ ...config, prefix })
  const registry = await Registry.discover(app.makePath(), [PROBES])
  const outbox = new Outbox(db, queues, registry, logger)

  const worker = await spawnWorkerProcess({
    appRoot: app.makePath(),
    args: ['--queue=events', '--no-schedulers'],
    env: {
      // As deployed: JSON log lines, no pretty-printer thread.
      NODE_ENV: 'production',
      QUEUE_PREFIX: prefix,
      QUEUE_DISCOVER_EXTRA: PROBES,
      DB_CONNECTION: db.primaryConnectionName,
    },
  })

  const committedAt = new Map<string, number>()
  try {
    const started = Date.now()
    for (let sent = 0; sent < options.events; sent += options.batchSize) {
      const size = Math.min(options.batchSize, options.events - sent)
      const batch = Array.from(
        { length: size },
        (_, i) => new BenchEventRecorded({ n: sent + i, deliveredKey })
      )
      await db.transaction(async (trx) => {
        // Runs before the outbox's own after-commit hand-over.
        trx.after('commit', async () => {
          const now = Date.now()
          for (const event of batch) committedAt.set(event.id, now)
        })
        await outbox.record(trx, ...batch)
      })
      if (options.rate) {
        const due = started + ((sent + size) / options.rate) * 1000
        if (due > Date.now()) await sleep(due - Date.now())
      }
    }
    const recorded = Date.now()

    while ((await redis.hlen(deliveredKey)) < options.events) await sleep(10)
    const delivered = await redis.hgetall(deliveredKey)
    const latencies = Object.entries(delivered)
      .map(([id, at]) => Number(at) - committedAt.get(id)!)
      .sort((a, b) => a - b)
    const lastDelivery = Math.max(...Object.values(delivered).map(Number))
    const pick = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]

    return {
      events: options.events,
      batchSize: options.batchSize,
      offeredRate: options.rate ?? null,
      database: db.primaryConnectionName,
      concurrency: config.queues.events.concurrency,
      eventsPerSecond: Math.round(options.events / ((lastDelivery - started) / 1000)),
      recordPerSecond: Math.round(options.events / ((recorded - started) / 1000)),
      p50Ms: pick(0.5),
      p99Ms: pick(0.99),
      maxMs: latencies[latencies.length - 1],
    } satisfies EventsBenchResult
  } finally {
    worker.kill('SIGTERM')
    await exitOf(worker)
    for (const queue of queues.queues()) await queue.obliterate({ force: true })
    await queues.close()
    await redis.del(deliveredKey)
    const ids = [...committedAt.keys()]
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      await db.from(INBOX_TABLE).whereIn('event_id', chunk).delete()
      await db.from(OUTBOX_TABLE).whereIn('id', chunk).delete()
    }
  }
}

/** Runs side by side as a markdown table, with the targets. */
export function eventsTable(runs: EventsBenchResult[]): string {
  const row = (label: string, cell: (run: EventsBenchResult) => string, target = '') => [
    label,
    ...runs.map(cell),
    target,
  ]
  return markdownTable(
    [
      'events benchmark',
      ...runs.map((r) => (r.offeredRate ? `paced ${count(r.offeredRate)}/s` : 'flat out')),
      'target',
    ],
    [
      row('events (per transaction)', (r) => `${count(r.events)} (${r.batchSize})`),
      row('database / worker concurrency', (r) => `${r.database} / ${r.concurrency}`),
      row('delivered events/s', (r) => count(r.eventsPerSecond), '≥ 2,000'),
      row('recorded events/s', (r) => count(r.recordPerSecond)),
      row('commit → listener p50 (ms)', (r) => String(r.p50Ms), '< 100'),
      row('commit → listener p99 (ms)', (r) => String(r.p99Ms), '< 1,000'),
      row('commit → listener max (ms)', (r) => String(r.maxMs)),
    ]
  )
}
