/**
 * The bare events baseline: a BullMQ Worker + node-postgres consuming the
 * same `events` queue the outbox fills, doing per delivery what Waybill's
 * DeliverEventJob does with the benchmark's probe listener and nothing else:
 * in one transaction, the inbox claim (the SQL app/core/events/inbox.ts
 * sends) and, if it was claimed, the probe's one row write. No framework, no
 * ORM, no logging per job. The events benchmark runs it beside Waybill's
 * worker so its report prints Waybill/baseline ratios.
 *
 * Plain TypeScript that Node runs as is (type stripping):
 *   PG_DB_NAME=waybill_bench QUEUE_PREFIX=… node bench/baseline/events_worker.ts
 */
import { Worker, type Job } from 'bullmq'
import pg from 'pg'

type Delivery = { listener: string; event: { id: string; payload: { run: string } } }

const pool = new pg.Pool({
  host: process.env.PG_HOST ?? '127.0.0.1',
  port: Number(process.env.PG_PORT ?? 5432),
  user: process.env.PG_USER ?? 'postgres',
  password: process.env.PG_PASSWORD ?? '',
  database: process.env.PG_DB_NAME ?? 'waybill_bench',
  // As Waybill's pg connection pool (config/database.ts).
  max: Number(process.env.PG_POOL_MAX ?? 10),
})

const CLAIM =
  'insert into "core_processed_events" ("event_id", "listener", "processed_at") ' +
  'values ($1, $2, $3) on conflict ("event_id", "listener") do nothing returning "event_id"'
const WRITE =
  'insert into "bench_event_deliveries" ("run", "event_id", "delivered_at") values ($1, $2, $3)'

async function deliver(job: Job<Delivery>) {
  const { listener, event } = job.data
  const client = await pool.connect()
  try {
    await client.query('begin')
    // Prepared, as Waybill's claim is (ADR 0017); the probe's write is not, in either.
    const claimed = await client.query({
      name: 'claim',
      text: CLAIM,
      values: [event.id, listener, new Date().toISOString()],
    })
    if (claimed.rowCount! > 0) await client.query(WRITE, [event.payload.run, event.id, Date.now()])
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}

const worker = new Worker<Delivery>('events', deliver, {
  prefix: process.env.QUEUE_PREFIX!,
  connection: {
    host: process.env.REDIS_HOST ?? '127.0.0.1',
    port: Number(process.env.REDIS_PORT ?? 6379),
    maxRetriesPerRequest: null,
  },
  // The same settings as Waybill's events worker (config/queue.ts).
  concurrency: Number(process.env.EVENTS_CONCURRENCY ?? 20),
  lockDuration: Number(process.env.QUEUE_LOCK_MS ?? 30_000),
  stalledInterval: Math.max(500, Math.round(Number(process.env.QUEUE_LOCK_MS ?? 30_000) / 2)),
})
worker.on('error', (error) => console.error(error))
await worker.waitUntilReady()
// The line the benchmark waits for (as `node ace queue:work` logs it).
console.log('queue worker started')

process.once('SIGTERM', async () => {
  await worker.close()
  await pool.end()
  process.exit(0)
})
