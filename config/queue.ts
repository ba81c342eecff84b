import { randomBytes } from 'node:crypto'
import env from '#start/env'
import app from '@adonisjs/core/services/app'
import type { QueueConfig } from '#core/queue/types'

/**
 * Test runs get their own key prefix (unless one is given, as the tests do
 * for the worker processes they spawn), so parallel runs never share jobs.
 */
const prefix =
  env.get('QUEUE_PREFIX') ??
  (app.inTest ? `waybill-test-${randomBytes(4).toString('hex')}` : `waybill:${app.nodeEnvironment}`)

/**
 * Extra folders to discover jobs and listeners in: test fixtures, benchmark
 * probes. Never needed in production.
 */
const extraDiscovery = (env.get('QUEUE_DISCOVER_EXTRA') ?? '').split(',').filter(Boolean)

/**
 * How long a job stays locked to the worker running it (renewed while it
 * runs); a job whose worker died is taken back within about 1.5× this.
 */
const lockMs = env.get('QUEUE_LOCK_MS', app.inTest ? 2_000 : 30_000)

const groupMax = env.get('QUEUE_EVENTS_GROUP_MAX', 20)
if (!Number.isInteger(groupMax) || groupMax < 1) {
  throw new Error(`QUEUE_EVENTS_GROUP_MAX must be a whole number of at least 1, not ${groupMax}`)
}

const queueConfig: QueueConfig = {
  connection: {
    host: env.get('REDIS_HOST'),
    port: env.get('REDIS_PORT'),
    password: env.get('REDIS_PASSWORD')?.release(),
    db: env.get('REDIS_DB', 0),
  },
  prefix,

  /**
   * Every queue that can receive jobs; `node ace queue:work` serves all of
   * them unless told otherwise.
   */
  queues: {
    default: { concurrency: 5 },
    events: { concurrency: 20 },
    notifications: { concurrency: 5 },
  },

  /**
   * Retries with exponential backoff (1 s, 2 s, 4 s, …); finished jobs are
   * kept, bounded, for `queue:failed` and the staff console.
   */
  defaultJobOptions: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: { count: 1_000 },
    removeOnFail: { count: 5_000 },
  },

  /**
   * How fast a job whose worker died is taken back (BullMQ stalled-job check).
   */
  lockDuration: lockMs,
  stalledInterval: Math.max(500, Math.round(lockMs / 2)),

  /**
   * Where jobs and listeners are discovered: each module's jobs/ and
   * listeners/ folders, plus QUEUE_DISCOVER_EXTRA.
   */
  discovery: ['app/*/jobs', 'app/*/listeners', ...extraDiscovery],

  /**
   * /health/ready fails when no worker has ticked for this long, if workers
   * are expected (production by default).
   */
  heartbeat: {
    expected: env.get('QUEUE_WORKERS_EXPECTED', app.inProduction),
    maxAgeMs: 120_000,
  },

  /**
   * An events worker commits the deliveries waiting for a transaction
   * together, up to `maxSize` in one (ADR 0018); 1 gives each its own. A
   * group never holds more than the events queue's concurrency.
   */
  deliveryGroups: {
    maxSize: groupMax,
    inFlight: 2,
  },
}

export default queueConfig
