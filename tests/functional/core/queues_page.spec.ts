import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { QueueManager } from '#core/queue/queue_manager'
import { QueueHeartbeat } from '#core/queue/heartbeat'
import ProbeJob from '#tests/fixtures/queue/probe_job'
import { createUser, freshIdentityState } from '#tests/support/identity'
import {
  createProbeTable,
  drainQueues,
  effectsFor,
  queueNamed,
  resetQueues,
  startWorker,
} from '#tests/support/queue'

const PAGE = 'core/queues/index'

type Overview = {
  queues: { queue: string; waiting: number; failed: number; completed: number }[]
  failed: Record<string, unknown>[]
  failedTotal: number
  heartbeat: { lastAt: string | null; ageMs: number | null; lagMs: number | null }
}

/** Jobs that fail on their one attempt (ProbeJob: no retries), run by an in-process worker. */
async function failedProbeJobs(count: number) {
  const worker = await startWorker(['default'])
  const queues = await app.container.make(QueueManager)
  const jobs = []
  for (let index = 0; index < count; index++) {
    const key = randomUUID()
    ProbeJob.failing.add(key)
    const job = await queues.dispatch(ProbeJob, { key })
    jobs.push({ key, id: job.id! })
  }
  await drainQueues()
  return { jobs, worker }
}

test.group('Console: /queues', (group) => {
  freshIdentityState(group)
  group.setup(createProbeTable)
  group.each.setup(() => resetQueues())
  group.each.timeout(60_000)

  test('staff see counts per queue, failed jobs (no payload) and the heartbeat age', async ({
    client,
    assert,
    cleanup,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { jobs, worker } = await failedProbeJobs(2)
    cleanup(() => worker.close())
    const heartbeat = await app.container.make(QueueHeartbeat)
    await heartbeat.record({ at: Date.now() - 5_000, lagMs: 42 })

    const first = await client.get('/queues').withInertia().loginAs(staff)
    first.assertStatus(200)
    first.assertInertiaComponent(PAGE)
    assert.notProperty(first.inertiaProps, 'overview')
    assert.deepEqual(first.body().deferredProps, { overview: ['overview'] })
    assert.deepEqual(first.inertiaProps.retry, {
      allowed: false,
      reason: 'Only administrators can retry failed jobs.',
    })
    assert.isNull(first.inertiaProps.lastRetry)

    const response = await client
      .get('/queues')
      .withInertiaPartialReload(PAGE, ['overview'])
      .loginAs(staff)
    const overview = response.inertiaProps.overview as Overview
    const defaultQueue = overview.queues.find((row) => row.queue === 'default')!
    assert.equal(defaultQueue.failed, 2)
    assert.equal(defaultQueue.waiting, 0)
    assert.deepEqual(
      overview.queues.map((row) => row.queue),
      ['default', 'events', 'notifications']
    )
    assert.equal(overview.failedTotal, 2)
    assert.sameMembers(
      overview.failed.map((job) => job.id),
      jobs.map((job) => job.id)
    )
    const listed = overview.failed.find((job) => job.id === jobs[0].id)!
    assert.deepEqual(Object.keys(listed).sort(), [
      'attempts',
      'error',
      'failedAt',
      'id',
      'name',
      'queue',
    ])
    assert.containsSubset(listed, {
      queue: 'default',
      name: 'ProbeJob',
      attempts: 1,
      error: `probe job ${jobs[0].key} failing on purpose`,
    })
    assert.closeTo(overview.heartbeat.ageMs!, 5_000, 2_000)
    assert.equal(overview.heartbeat.lagMs, 42)
  })

  test('with no worker ever, the heartbeat says so (no age)', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .get('/queues')
      .withInertiaPartialReload(PAGE, ['overview'])
      .loginAs(staff)
    const overview = response.inertiaProps.overview as Overview
    assert.deepEqual(
      { lastAt: overview.heartbeat.lastAt, ageMs: overview.heartbeat.ageMs },
      { lastAt: null, ageMs: null }
    )
    assert.equal(overview.failedTotal, 0)
  })

  test('an administrator retries one failed job; the page reports that job re-queued', async ({
    client,
    assert,
    cleanup,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const { jobs, worker } = await failedProbeJobs(2)
    cleanup(() => worker.close())
    ProbeJob.failing.delete(jobs[0].key)

    const response = await client
      .post('/queues/retry')
      .withInertia()
      .json({ queue: 'default', id: jobs[0].id })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/queues')
    response.assertFlashMessage('queueRetry', {
      outcomes: [{ queue: 'default', id: jobs[0].id, name: 'ProbeJob', result: 'requeued' }],
      remaining: 0,
    })
    response.assertFlashMessage('success', 'Re-queued 1 of 1 job.')

    await drainQueues()
    assert.deepEqual(await effectsFor(jobs[0].key), ['probe-job'])
    const queue = await queueNamed('default')
    assert.equal(await queue.getFailedCount(), 1)
    const other = await queue.getJob(jobs[1].id)
    assert.equal(await other!.getState(), 'failed')
  })

  test('retrying a job that is no longer failed says so, and re-queues nothing', async ({
    client,
    cleanup,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const { jobs, worker } = await failedProbeJobs(1)
    cleanup(() => worker.close())
    ProbeJob.failing.delete(jobs[0].key)
    const queue = await queueNamed('default')
    const job = await queue.getJob(jobs[0].id)
    await job!.retry('failed')
    await drainQueues()

    const again = await client
      .post('/queues/retry')
      .json({ queue: 'default', id: jobs[0].id })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    again.assertFlashMessage('queueRetry', {
      outcomes: [{ queue: 'default', id: jobs[0].id, name: 'ProbeJob', result: 'not_failed' }],
      remaining: 0,
    })
    again.assertFlashMessage('error', 'Re-queued 0 of 1 job.')

    const unknown = await client
      .post('/queues/retry')
      .json({ queue: 'events', id: 'no-such-job' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    unknown.assertFlashMessage('queueRetry', {
      outcomes: [{ queue: 'events', id: 'no-such-job', name: null, result: 'not_found' }],
      remaining: 0,
    })
  })

  test('retry all reports each job; nothing failed is said as such', async ({
    client,
    assert,
    cleanup,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const { jobs, worker } = await failedProbeJobs(3)
    cleanup(() => worker.close())
    for (const job of jobs) ProbeJob.failing.delete(job.key)

    const response = await client
      .post('/queues/retry')
      .json({ all: true })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    response.assertHeader('location', '/queues')
    response.assertFlashMessage('success', 'Re-queued 3 of 3 jobs.')
    const report = response.flashMessages().queueRetry as {
      outcomes: { id: string; result: string }[]
      remaining: number
    }
    assert.sameMembers(
      report.outcomes.map((outcome) => `${outcome.id}:${outcome.result}`),
      jobs.map((job) => `${job.id}:requeued`)
    )
    await drainQueues()
    for (const job of jobs) assert.deepEqual(await effectsFor(job.key), ['probe-job'])

    const none = await client
      .post('/queues/retry')
      .json({ all: true })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    none.assertFlashMessage('success', 'There was no failed job to retry.')
  })

  test('a retry needs a job (queue and id) or all', async ({ client }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const response = await client
      .post('/queues/retry')
      .withInertia()
      .header('referer', '/queues')
      .json({ id: '12' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('inputErrorsBag', {
      queue: ['The queue field must be defined'],
    })
  })

  test('staff who are not administrators may look but not retry; drivers and anonymous visitors neither', async ({
    client,
    assert,
    cleanup,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { jobs, worker } = await failedProbeJobs(1)
    cleanup(() => worker.close())

    const refused = await client
      .post('/queues/retry')
      .withInertia()
      .json({ queue: 'default', id: jobs[0].id })
      .withCsrfToken()
      .loginAs(staff)
    refused.assertStatus(403)
    refused.assertInertiaComponent('core/errors/forbidden')
    const queue = await queueNamed('default')
    assert.equal(await queue.getFailedCount(), 1)

    const driver = await createUser({ type: 'DRIVER' })
    const asDriver = await client.get('/queues').withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const anonymous = await client.get('/queues').redirects(0)
    anonymous.assertHeader('location', '/login')
    const anonymousRetry = await client
      .post('/queues/retry')
      .json({ all: true })
      .withCsrfToken()
      .redirects(0)
    anonymousRetry.assertHeader('location', '/login')
  })
})
