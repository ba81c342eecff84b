import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { Outbox, OUTBOX_TABLE } from '#core/events/outbox'
import { QueueManager } from '#core/queue/queue_manager'
import { Registry } from '#core/queue/registry'
import SweepOutboxJob from '#core/jobs/sweep_outbox_job'
import { ProbeRecorded, PROBE_EFFECTS_TABLE } from '#tests/fixtures/events/probe_recorded'
import { closedPort } from '#tests/support/network'
import {
  createProbeTable,
  drainQueues,
  effectsFor,
  queueNamed,
  resetQueues,
  startWorker,
  waitFor,
} from '#tests/support/queue'
import type { WorkerPool } from '#core/queue/worker_pool'

test.group('Outbox → queue → listeners', (group) => {
  let worker: WorkerPool
  let outbox: Outbox

  group.setup(createProbeTable)
  group.each.setup(async () => {
    await resetQueues()
    outbox = await app.container.make(Outbox)
    worker = await startWorker()
    return () => worker.close()
  })

  test('an event recorded in a transaction that rolls back is never delivered', async ({
    assert,
  }) => {
    const key = randomUUID()
    const event = new ProbeRecorded({ key })

    await assert.rejects(() =>
      db.transaction(async (trx) => {
        await outbox.record(trx, event)
        throw new Error('business rule failed')
      })
    )
    await drainQueues()

    assert.deepEqual(await effectsFor(key), [])
    assert.isNull(await db.from(OUTBOX_TABLE).where('id', event.id).first())
    const events = await queueNamed('events')
    assert.isUndefined(await events.getJob(`${event.id}.RecordEffectOnProbeRecorded`))
  })

  test('a committed event reaches each listener exactly once', async ({ assert }) => {
    const key = randomUUID()
    const event = new ProbeRecorded({ key })

    await db.transaction((trx) => outbox.record(trx, event))
    await drainQueues()

    assert.deepEqual(await effectsFor(key), ['count', 'record'])
    const row = await db.from(OUTBOX_TABLE).where('id', event.id).first()
    assert.isNotNull(row.dispatched_at)
  })

  test('a listener that throws is retried and still applies once; others are not held up', async ({
    assert,
  }) => {
    const key = randomUUID()
    await db.transaction((trx) => outbox.record(trx, new ProbeRecorded({ key, failTimes: 1 })))

    // The healthy listener is done while the failing one waits for its retry.
    await waitFor(async () => {
      const effects = await effectsFor(key)
      return effects.includes('count')
    })
    assert.deepEqual(await effectsFor(key), ['count'])

    await drainQueues()
    assert.deepEqual(await effectsFor(key), ['count', 'record'])
  })

  test('dispatching the same event twice applies it once', async ({ assert }) => {
    const key = randomUUID()
    const event = new ProbeRecorded({ key })
    await db.transaction((trx) => outbox.record(trx, event))
    await drainQueues()

    // Same job ids while the jobs are kept: BullMQ ignores the re-send.
    await outbox.dispatch([event.toEnvelope()])
    await drainQueues()
    // Jobs cleaned away: they run again, and the inbox stops the effect.
    const events = await queueNamed('events')
    await events.clean(0, 1_000, 'completed')
    await outbox.dispatch([event.toEnvelope()])
    await drainQueues()

    assert.deepEqual(await effectsFor(key), ['count', 'record'])
  })

  test('Redis unreachable at commit: the write commits, the sweep delivers later', async ({
    assert,
    cleanup,
  }) => {
    const config = app.config.get<any>('queue')
    const deadRedis = new QueueManager({
      ...config,
      connection: { host: '127.0.0.1', port: await closedPort() },
    })
    cleanup(() => deadRedis.close())
    const offline = new Outbox(db, deadRedis, await app.container.make(Registry), logger)

    const key = randomUUID()
    const event = new ProbeRecorded({ key })
    await db.transaction(async (trx) => {
      await trx.table(PROBE_EFFECTS_TABLE).insert({
        event_id: event.id,
        listener: 'business-write',
        key,
        pid: process.pid,
      })
      await offline.record(trx, event)
    })

    assert.deepEqual(await effectsFor(key), ['business-write'])
    const waiting = await db.from(OUTBOX_TABLE).where('id', event.id).first()
    assert.isNull(waiting.dispatched_at)
    assert.equal(waiting.attempts, 1)

    // Redis is back for the periodic sweep.
    const queues = await app.container.make(QueueManager)
    await queues.dispatch(SweepOutboxJob, { olderThanMs: 0 })
    await drainQueues()

    assert.deepEqual(await effectsFor(key), ['business-write', 'count', 'record'])
  })
})
