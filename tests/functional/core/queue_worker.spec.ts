import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DbCheck } from '@adonisjs/lucid/database'
import { Outbox } from '#core/events/outbox'
import { QueueManager } from '#core/queue/queue_manager'
import { QueueMonitor } from '#core/queue/queue_monitor'
import { QueueHeartbeat } from '#core/queue/heartbeat'
import { Registry } from '#core/queue/registry'
import { syncJobSchedulers } from '#core/queue/worker_pool'
import { exitOf } from '#core/queue/worker_process'
import { ReadinessChecks } from '#core/health/readiness_checks'
import { QueueHeartbeatCheck } from '#core/health/queue_heartbeat_check'
import QueueRetry from '#commands/queue_retry'
import HeartbeatJob from '#core/jobs/heartbeat_job'
import { ProbeRecorded, PROBE_EFFECTS_TABLE } from '#tests/fixtures/events/probe_recorded'
import ProbeJob from '#tests/fixtures/queue/probe_job'
import {
  createProbeTable,
  drainQueues,
  effectsFor,
  queueNamed,
  resetQueues,
  spawnWorker,
  startWorker,
  waitFor,
} from '#tests/support/queue'

const RECORD_LISTENER = 'RecordEffectOnProbeRecorded'

async function recordProbe(payload: Omit<ProbeRecorded['payload'], 'key'> = {}) {
  const outbox = await app.container.make(Outbox)
  const event = new ProbeRecorded({ key: randomUUID(), ...payload })
  await db.transaction((trx) => outbox.record(trx, event))
  return event
}

/**
 * A worker process (events queue only) busy with a probe listener job that
 * takes `sleepMs`: resolves once that job is active.
 *
 * The event is handed to the queue before the worker starts. On SQLite the
 * hand-over's `dispatched_at` update would otherwise wait (synchronously, in
 * better-sqlite3's busy handler) for the worker's open listener transaction,
 * freezing this process until the job had already completed.
 */
async function childBusyWithProbe(sleepMs: number, cleanup: (fn: () => void) => void) {
  const outbox = await app.container.make(Outbox)
  const event = await recordProbe({ sleepMs })
  const jobId = `${event.id}.${RECORD_LISTENER}`
  await waitFor(async () => (await outbox.undispatchedCount()) === 0)
  const handedOver = await stateOf(jobId)
  if (handedOver !== 'waiting') throw new Error(`probe job is ${handedOver}, expected waiting`)

  const child = await spawnWorker(['--queue=events', '--no-schedulers'])
  cleanup(() => void child.kill('SIGKILL'))
  await waitFor(async () => (await stateOf(jobId)) === 'active')
  return { child, event, jobId }
}

/**
 * Pid of the process whose probe listener wrote the effect for `key`.
 */
async function recordedBy(key: string): Promise<number> {
  const row = await db.from(PROBE_EFFECTS_TABLE).where({ key, listener: 'record' }).first()
  return row.pid
}

async function stateOf(jobId: string) {
  const events = await queueNamed('events')
  const job = await events.getJob(jobId)
  return job?.getState()
}

test.group('Queue worker processes', (group) => {
  group.setup(createProbeTable)
  group.each.setup(() => resetQueues())
  group.each.timeout(60_000)

  test('a worker killed with SIGKILL mid-job: the job is recovered and applied once', async ({
    assert,
    cleanup,
  }) => {
    const { child, event, jobId } = await childBusyWithProbe(2_500, cleanup)

    child.kill('SIGKILL')
    await exitOf(child)

    // Another worker takes the stalled job back once its lock expires.
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    await drainQueues(30_000)

    assert.equal(await stateOf(jobId), 'completed')
    assert.deepEqual(await effectsFor(event.payload.key), ['count', 'record'])
    assert.equal(
      await recordedBy(event.payload.key),
      process.pid,
      'applied by the recovering worker, not the killed one'
    )
  })

  test('SIGTERM during a job lets it finish, then the worker exits cleanly', async ({
    assert,
    cleanup,
  }) => {
    const { child, event, jobId } = await childBusyWithProbe(1_500, cleanup)

    child.kill('SIGTERM')
    assert.equal(await exitOf(child), 0)

    assert.equal(await stateOf(jobId), 'completed')
    assert.equal(await recordedBy(event.payload.key), child.pid)
  })

  test('worker restarts leave exactly one scheduler per periodic job', async ({ assert }) => {
    const queues = await app.container.make(QueueManager)
    const registry = await app.container.make(Registry)
    // A scheduler whose job no longer declares a schedule is removed.
    await queues.queue('default').upsertJobScheduler('RetiredJob', { every: 60_000 })

    for (let start = 0; start < 3; start++) {
      await syncJobSchedulers(queues, registry)
    }

    const perQueue = await Promise.all(queues.queues().map((queue) => queue.getJobSchedulers()))
    const schedulers = perQueue.flat()
    assert.sameMembers(
      schedulers.map((scheduler) => scheduler.key),
      ['HeartbeatJob', 'PurgeExpiredCredentialsJob', 'SweepOutboxJob']
    )
    assert.equal(schedulers.find((s) => s.key === 'SweepOutboxJob')?.every, 30_000)
  })
})

test.group('Queue heartbeat and failures', (group) => {
  group.setup(createProbeTable)
  group.each.setup(() => resetQueues())
  group.each.teardown(() => app.container.restore(ReadinessChecks))

  test('/health/ready reports the heartbeat, and fails when an expected worker is silent', async ({
    client,
    assert,
    cleanup,
  }) => {
    const heartbeat = await app.container.make(QueueHeartbeat)
    app.container.swap(ReadinessChecks, () =>
      new ReadinessChecks().register([
        new DbCheck(db.connection()),
        new QueueHeartbeatCheck(heartbeat, { expected: true, maxAgeMs: 120_000 }),
      ])
    )

    const silent = await client.get('/health/ready')
    silent.assertStatus(503)
    assert.include(silent.body().checks[1].message, 'No queue worker has reported')

    // A worker with its schedulers ticks right away.
    const scheduledAt = Date.now()
    const worker = await startWorker(['default'])
    cleanup(() => worker.close())
    await syncJobSchedulers(
      await app.container.make(QueueManager),
      await app.container.make(Registry)
    )
    await waitFor(async () => (await heartbeat.last()) !== null)

    const ready = await client.get('/health/ready')
    ready.assertStatus(200)
    // The tick was due at the earliest when its scheduler was synced, so it
    // cannot have waited longer than the test has; and it is what the worker
    // recorded, not some other figure.
    const lagMs = ready.body().checks[1].meta.lagMs
    assert.isNumber(lagMs)
    assert.isAtMost(lagMs, Date.now() - scheduledAt)
    assert.equal(lagMs, (await heartbeat.last())!.lagMs)

    await heartbeat.record({ at: Date.now() - 3 * 60_000, lagMs: 5 })
    const stale = await client.get('/health/ready')
    stale.assertStatus(503)
    assert.include(stale.body().checks[1].message, 'No queue worker has reported for 180 s')
  })

  test('the heartbeat measures lag from when a scheduled tick was due', async ({ assert }) => {
    const heartbeat = await app.container.make(QueueHeartbeat)
    const job = await app.container.make(HeartbeatJob)
    const created = Date.now() - 15_250
    // As BullMQ hands over a scheduler's tick: created 15 s ahead, due 250 ms ago.
    const bullJob = { timestamp: created, delay: 0, opts: { delay: 15_000 } } as any

    await job.handle({}, { id: 'repeat:HeartbeatJob:1', attempt: 1, bullJob })

    const tick = await heartbeat.last()
    assert.closeTo(tick!.lagMs, 250, 100)
    assert.closeTo(tick!.at, Date.now(), 1_000)
  })

  test('failed jobs are kept with their error, listed and re-queued', async ({
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['default'])
    cleanup(() => worker.close())
    const queues = await app.container.make(QueueManager)
    const monitor = await app.container.make(QueueMonitor)

    const key = randomUUID()
    ProbeJob.failing.add(key)
    const job = await queues.dispatch(ProbeJob, { key })
    await drainQueues()

    const [failed] = await monitor.failed({ queue: 'default' })
    assert.containsSubset(failed, {
      id: job.id,
      name: 'ProbeJob',
      attempts: 1,
      failedReason: `probe job ${key} failing on purpose`,
    })
    const counts = await monitor.counts()
    assert.equal(counts.find((c) => c.queue === 'default')?.failed, 1)

    ProbeJob.failing.delete(key)
    const ace = await app.container.make('ace')
    const command = await ace.create(QueueRetry, [job.id!])
    await command.exec()
    command.assertSucceeded()
    await drainQueues()

    assert.deepEqual(await effectsFor(key), ['probe-job'])
    assert.lengthOf(await monitor.failed(), 0)
  })
})
