import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import redis from '@adonisjs/redis/services/main'
import { Outbox } from '#core/events/outbox'
import { QueueManager } from '#core/queue/queue_manager'
import { QueueMonitor } from '#core/queue/queue_monitor'
import { Registry } from '#core/queue/registry'
import { WorkerPool } from '#core/queue/worker_pool'
import { spawnWorkerProcess } from '#core/queue/worker_process'
import { QUEUE_NAMES, type QueueName } from '#core/queue/types'
import db from '@adonisjs/lucid/services/db'
import { PROBE_EFFECTS_TABLE } from '#tests/fixtures/events/probe_recorded'

/**
 * Runs the real workers in this process, against the real Redis, under this
 * test run's own queue prefix.
 */
export async function startWorker(queues: QueueName[] = [...QUEUE_NAMES]) {
  const pool = new WorkerPool(
    await app.container.make(QueueManager),
    await app.container.make(Registry),
    app.container,
    logger
  ).start(queues)
  await pool.waitUntilReady()
  return pool
}

export async function queueNamed(name: QueueName) {
  const queues = await app.container.make(QueueManager)
  return queues.queue(name)
}

/**
 * Waits until every committed event was handed over and every queue is idle
 * (nothing waiting, active or delayed for a retry).
 */
export async function drainQueues(timeoutMs = 15_000) {
  const outbox = await app.container.make(Outbox)
  const monitor = await app.container.make(QueueMonitor)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const counts = await monitor.counts()
    const busy = counts.some((c) => c.waiting + c.active + c.delayed > 0)
    if (!busy && (await outbox.undispatchedCount()) === 0) return
    await sleep(25)
  }
  throw new Error(`queues did not drain in ${timeoutMs} ms`)
}

/**
 * Empties every queue of this run (jobs, schedulers) and the heartbeat.
 */
export async function resetQueues() {
  const queues = await app.container.make(QueueManager)
  for (const queue of queues.queues()) {
    await queue.obliterate({ force: true })
  }
  await redis.del(`${queues.prefix}:heartbeat`)
}

/**
 * `node ace queue:work …` as a separate process sharing this run's database
 * and queue prefix.
 */
export async function spawnWorker(args: string[] = []) {
  const queues = await app.container.make(QueueManager)
  return spawnWorkerProcess({
    appRoot: app.makePath(),
    args,
    env: { NODE_ENV: 'test', QUEUE_PREFIX: queues.prefix },
  })
}

/**
 * The table the probe listeners and jobs write their effects to; committed
 * DDL, so worker processes see it too. Returns its cleanup.
 */
export async function createProbeTable() {
  await db.connection().schema.dropTableIfExists(PROBE_EFFECTS_TABLE)
  await db.connection().schema.createTable(PROBE_EFFECTS_TABLE, (table) => {
    table.increments('id')
    table.uuid('event_id').nullable()
    table.string('listener').notNullable()
    table.string('key').notNullable()
    table.integer('pid').notNullable()
  })
  return async () => {
    await db.connection().schema.dropTable(PROBE_EFFECTS_TABLE)
  }
}

/**
 * Who wrote an effect for this key, sorted: one entry per write.
 */
export async function effectsFor(key: string): Promise<string[]> {
  const rows = await db.from(PROBE_EFFECTS_TABLE).where('key', key).orderBy('listener')
  return rows.map((row) => row.listener)
}

export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(20)
  }
}
