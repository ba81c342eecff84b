import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Database } from '@adonisjs/lucid/database'
import type { QueueMonitor } from '#core/queue/queue_monitor'
import type { QueueHeartbeat } from '#core/queue/heartbeat'
import { OUTBOX_TABLE } from '#core/events/outbox'
import { type SharedHistogram, histogramMetric } from '#core/metrics/shared_histogram'

type Pool = { numUsed(): number; numFree(): number; numPendingAcquires(): number }

/**
 * What /metrics exposes, in the Prometheus text format. Request durations
 * are this process's own; the queue, outbox and database figures are read
 * when scraped; the event delivery latency is shared by every worker
 * (SharedHistogram), so any web process reports the same.
 */
export class Metrics {
  readonly registry = new Registry()

  readonly requestDuration = new Histogram({
    name: 'waybill_http_request_duration_seconds',
    help: 'HTTP request duration by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  })

  constructor(
    private db: Database,
    private monitor: QueueMonitor,
    private heartbeat: QueueHeartbeat,
    eventLatency: SharedHistogram
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'waybill_' })
    const self = this

    new Gauge({
      name: 'waybill_queue_jobs',
      help: 'Jobs per queue and state (waiting, active, delayed, failed, completed)',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset()
        for (const counts of await self.monitor.counts()) {
          for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed'] as const) {
            this.set({ queue: counts.queue, state }, counts[state])
          }
        }
      },
    })

    new Gauge({
      name: 'waybill_worker_heartbeat_age_seconds',
      help: 'Seconds since a worker last ran the heartbeat job (-1: never)',
      registers: [this.registry],
      async collect() {
        const tick = await self.heartbeat.last()
        this.set(tick ? (Date.now() - tick.at) / 1000 : -1)
      },
    })

    new Gauge({
      name: 'waybill_outbox_backlog',
      help: 'Committed domain events not yet handed to the queue',
      registers: [this.registry],
      async collect() {
        const { backlog } = await self.#outbox()
        this.set(backlog)
      },
    })

    new Gauge({
      name: 'waybill_outbox_oldest_age_seconds',
      help: 'Age of the oldest committed event not yet handed to the queue (0: none)',
      registers: [this.registry],
      async collect() {
        const { oldestAgeSeconds } = await self.#outbox()
        this.set(oldestAgeSeconds)
      },
    })

    new Gauge({
      name: 'waybill_db_pool_connections',
      help: 'Database pool connections of this process: used, free, and acquires waiting',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = self.#pool()
        this.set({ state: 'used' }, pool?.numUsed() ?? 0)
        this.set({ state: 'free' }, pool?.numFree() ?? 0)
        this.set({ state: 'pending' }, pool?.numPendingAcquires() ?? 0)
      },
    })

    this.registry.registerMetric(
      histogramMetric(
        'waybill_event_delivery_seconds',
        'From an event being recorded to its listener having run, all workers',
        eventLatency
      ) as never
    )
  }

  get contentType() {
    return this.registry.contentType
  }

  text() {
    return this.registry.metrics()
  }

  async #outbox() {
    const [row] = await this.db
      .from(OUTBOX_TABLE)
      .whereNull('dispatched_at')
      .count('* as backlog')
      .min('occurred_at as oldest')
    const oldest = row.oldest ? new Date(row.oldest).getTime() : null
    return {
      backlog: Number(row.backlog),
      oldestAgeSeconds: oldest === null ? 0 : Math.max(0, (Date.now() - oldest) / 1000),
    }
  }

  #pool(): Pool | undefined {
    const connection = this.db.manager.get(this.db.primaryConnectionName)?.connection
    return (connection?.client as { client?: { pool?: Pool } } | undefined)?.client?.pool
  }
}
