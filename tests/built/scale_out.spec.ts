import { test } from '@japa/runner'
import { Agent, request as httpRequest } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import identityConfig from '#config/identity'
import { buildOnce, productionEnv } from '#tests/support/built_app'
import { Cluster } from '#tests/support/cluster'
import { SmsCapture } from '#tests/support/sms_capture'
import {
  PASSWORD,
  bearer,
  createUser,
  freshIdentityState,
  tokensFor,
} from '#tests/support/identity'
import { queueNamed, resetQueues, waitFor } from '#tests/support/queue'
import { centers, transport } from '#tests/support/logistics'
import type { Page } from 'playwright'
import app from '@adonisjs/core/services/app'
import { Outbox } from '#core/events/outbox'
import { INBOX_TABLE } from '#core/events/inbox'
import { BanUser } from '#users/actions/ban_user'

const onPostgres = env.get('DB_CONNECTION') === 'pg'

/**
 * One deployment scaled out on this machine: two built web processes and
 * two workers on one PostgreSQL database and one Redis, requests spread
 * over both web processes as a round-robin load balancer would.
 */
test.group('Scale-out: two web processes and two workers', (group) => {
  const port = env.get('PORT') + 10
  let cluster: Cluster
  let web: [string, string]
  let startedAt: number
  const sms = new SmsCapture()

  group.tap((t) =>
    t.skip(!onPostgres, 'several processes share one PostgreSQL database (DB_CONNECTION=pg)')
  )
  group.setup(async () => {
    if (!onPostgres) return
    await buildOnce()
    await resetQueues()
    // A dead worker's jobs are taken back after 2 s instead of 30 s.
    cluster = new Cluster(
      productionEnv({ QUEUE_LOCK_MS: '2000', SMS_DRIVER: 'http', SMS_HTTP_URL: await sms.start() })
    )
    startedAt = Date.now()
    cluster.worker('worker-1')
    cluster.worker('worker-2')
    web = [await cluster.web('web-a', port), await cluster.web('web-b', port + 1)]
  })
  group.teardown(async () => {
    await cluster?.stop()
    sms.stop()
  })
  freshIdentityState(group)

  test('a browser session made on one web process works on the other', async ({
    assert,
    browser,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const context = await browser.newContext()
    const page = await context.newPage()

    await page.goto(`${web[0]}/login`)
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))

    // Cookies do not depend on the port: the session made on A is sent to B.
    const onB = await page.goto(`${web[1]}/shipping/items`)
    assert.equal(onB?.status(), 200)
    assert.equal(new URL(page.url()).pathname, '/shipping/items')
    await page.getByRole('heading', { name: 'Items', level: 1 }).waitFor()

    // Signing out on B ends the session on A too.
    await page.getByRole('button', { name: /Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/login' || url.pathname === '/')
    await page.goto(`${web[0]}/shipping/items`)
    assert.equal(new URL(page.url()).pathname, '/login')
    await context.close()
  })

  test('a sign-out on one web process, or a ban anywhere, refuses what the others keep (ADR 0020)', async ({
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const [first, second, third] = [
      await tokensFor(driver.uuid),
      await tokensFor(driver.uuid),
      await tokensFor(driver.uuid),
    ]
    const status = async (base: string, access: string) => {
      const response = await fetch(`${base}/api/v1/user/users/self/profile/`, {
        headers: bearer(access),
      })
      await response.arrayBuffer()
      return response.status
    }
    // Each process verifies, and keeps, every token.
    for (const base of web) {
      for (const tokens of [first, second, third])
        assert.equal(await status(base, tokens.access), 200)
    }
    // Kept indeed: B still takes a token whose row is gone behind its back.
    const thirdRow = await db
      .from('auth_access_tokens')
      .where('tokenable_id', driver.uuid)
      .orderBy('id', 'desc')
      .firstOrFail()
    await db.from('auth_access_tokens').where('id', thirdRow.id).delete()
    assert.equal(await status(web[1], third.access), 200)

    // Signed out on A: B refuses that sign-in's token once Redis tells it, and only that one.
    const signOut = await fetch(`${web[0]}/api/v1/auth/signout/`, {
      method: 'POST',
      headers: { ...bearer(first.access), 'content-type': 'application/json' },
      body: JSON.stringify({ refresh: first.refresh }),
    })
    assert.equal(signOut.status, 204)
    assert.equal(await status(web[0], first.access), 401)
    await waitFor(async () => (await status(web[1], first.access)) === 401, 3_000)
    assert.equal(await status(web[1], second.access), 200)

    // Banned by another process (this one): both web processes refuse the account.
    const ban = await app.container.make(BanUser)
    await ban.handle(driver.uuid)
    for (const base of web) {
      await waitFor(async () => (await status(base, second.access)) === 401, 3_000)
    }
  })

  test('live updates reach a driver whichever process holds the stream and whichever took the subscribe', async ({
    assert,
    browser,
  }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: 'Lia Live' })
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    await centers('ICN', 'PUS')
    const trip = await transport('ICN', 'PUS')

    // The driver signs in on A; the session works on both processes.
    const context = await browser.newContext()
    const onA = await context.newPage()
    await onA.goto(`${web[0]}/driver/login`)
    await onA.getByLabel('Phone number').fill(driver.phonenumber!)
    await onA.getByRole('button', { name: 'Send me a code' }).click()
    await onA.getByLabel('6-digit code').waitFor()
    await onA
      .getByLabel('6-digit code')
      .fill(await sms.codeSentTo(driver.phonenumber!, 20_000, () => cluster.output))
    await onA.getByRole('button', { name: 'Sign in' }).click()
    await onA.waitForURL('**/driver')
    const onB = await context.newPage()
    await onB.goto(`${web[1]}/driver`)

    // A stream on each process, each subscribed through the other one.
    const channel = `drivers/${driver.uuid}`
    await openStream(onA, 'stream-on-a-0001')
    await openStream(onB, 'stream-on-b-0001')
    assert.equal(await subscribeThrough(onB, 'stream-on-a-0001', channel), 204)
    assert.equal(await subscribeThrough(onA, 'stream-on-b-0001', channel), 204)
    // A stream nobody holds is refused, whichever process is asked.
    assert.equal(await subscribeThrough(onA, 'stream-nowhere-01', channel), 404)

    const assigned = await fetch(`${web[0]}/api/v1/shipping/transports/${trip.uuid}/assign/`, {
      method: 'POST',
      headers: { ...bearer(access), 'content-type': 'application/json' },
      body: JSON.stringify({ driver_uuid: driver.uuid }),
    })
    assert.equal(assigned.status, 200)
    const sentAt = Date.now()
    const latencies: number[] = []
    for (const page of [onA, onB]) {
      await page.waitForFunction(
        (uuid) => (globalThis as any).heard.some((message: any) => message.payload?.uuid === uuid),
        trip.uuid,
        { timeout: 10_000 }
      )
      latencies.push(Date.now() - sentAt)
    }
    const heard = await onA.evaluate(() => (globalThis as any).heard)
    assert.deepInclude(heard, {
      channel,
      payload: { type: 'transport.changed', uuid: trip.uuid },
    })
    console.log(`  live: assignment heard on A and B after ${latencies.join(' ms and ')} ms`)
    await context.close()
  }).timeout(60_000)

  test('password sign-in limits are shared by the web processes', async ({ assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const limit = identityConfig.passwordFailures.perAddress
    const statuses: number[] = []
    for (let attempt = 0; attempt <= limit; attempt++) {
      const response = await fetch(`${web[attempt % 2]}/api/v1/auth/signin/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: staff.username, password: `wrong-${attempt}` }),
      })
      statuses.push(response.status)
    }
    assert.deepEqual(statuses, [...Array(limit).fill(400), 429])
  })

  test('every event is handled exactly once, with a worker killed by SIGKILL under load', async ({
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const total = 120
    const concurrency = 8
    const created: string[] = []
    const failures: string[] = []
    let next = 0

    async function client(lane: number) {
      while (next < total) {
        const index = next++
        if (index === total / 4) {
          // A quarter in: one worker dies mid-work; a replacement starts.
          await cluster.signal('worker-1', 'SIGKILL')
          cluster.worker('worker-3')
        }
        const response = await fetch(`${web[(index + lane) % 2]}/api/v1/shipping/shippingitems/`, {
          method: 'POST',
          headers: { ...bearer(access), 'content-type': 'application/json' },
          body: JSON.stringify({ sku: `scale-${index}` }),
        })
        if (response.status === 201) {
          created.push(((await response.json()) as { tracking_number: string }).tracking_number)
        } else failures.push(`${response.status} ${await response.text()}`)
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: concurrency }, (_, lane) => client(lane)))
    const requestsMs = performance.now() - started
    // The workers' schedulers always keep a delayed tick in the default
    // queue: wait for the events queue and the outbox only.
    const events = await queueNamed('events')
    const outbox = await app.container.make(Outbox)
    const deadline = Date.now() + 90_000
    while (true) {
      const counts = await events.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
      const busy = Object.values(counts).some((count) => count > 0)
      if (!busy && (await outbox.undispatchedCount()) === 0) break
      if (Date.now() > deadline) assert.fail(`events not drained: ${JSON.stringify(counts)}`)
      await sleep(100)
    }
    const drainedMs = performance.now() - started

    assert.deepEqual(failures, [])
    assert.lengthOf(created, total)
    // The listener of ItemCreated wrote exactly one CREATED timeline row per item …
    const rows = await db
      .from('shipping_item_events')
      .join('shipping_items', 'shipping_items.id', 'shipping_item_events.item_id')
      .whereIn('shipping_items.tracking_number', created)
      .where('shipping_item_events.kind', 'CREATED')
      .groupBy('shipping_items.tracking_number')
      .select('shipping_items.tracking_number')
      .count('* as times')
    assert.lengthOf(rows, total)
    assert.deepEqual([...new Set(rows.map((row) => Number(row.times)))], [1])
    // … and the inbox holds one claim per event and listener.
    const claims = await db
      .from(INBOX_TABLE)
      .where('listener', 'WriteTimelineOnItemCreated')
      .count('* as total')
    assert.equal(Number(claims[0].total), total)
    console.log(
      `  scale-out: ${total} creates over 2 web processes in ${Math.round(requestsMs)} ms, ` +
        `all ${total} events handled once ${Math.round(drainedMs)} ms after the first, worker-1 SIGKILLed`
    )
  }).timeout(240_000)

  test('a web process stopped with SIGTERM finishes the requests it accepted and ends its event streams', async ({
    assert,
    browser,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const url = await cluster.web('web-c', port + 2)

    // A console page listening for live updates on this process.
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${url}/login`)
    await page.getByLabel('Username').fill(staff.username)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((address) => !address.pathname.startsWith('/login'))
    await openStream(page, 'stream-on-c-0001')

    // Forty connections the server has accepted and answered once (keep-alive) …
    const agent = new Agent({ keepAlive: true, maxSockets: 40 })
    const list = `${url}/api/v1/shipping/shippingitems/?page_size=100`
    const get = () => {
      const request = httpRequest(list, { headers: bearer(access), agent })
      const sent = new Promise<void>((resolve) => request.once('finish', () => resolve()))
      const answered = new Promise<number>((resolve, reject) => {
        request.on('response', (response) => {
          response.resume()
          response.on('end', () => resolve(response.statusCode ?? 0))
        })
        request.on('error', reject)
      })
      request.end()
      return { sent, answered }
    }
    const warm = Array.from({ length: 40 }, get)
    assert.deepEqual(
      await Promise.all(warm.map((request) => request.answered)),
      Array(40).fill(200)
    )

    // … each carrying a second request when SIGTERM arrives.
    const requests = Array.from({ length: 40 }, get)
    await Promise.all(requests.map((request) => request.sent))
    const stoppingAt = Date.now()
    const exitCode = await cluster.signal('web-c', 'SIGTERM')
    const stoppedAfterMs = Date.now() - stoppingAt

    const statuses = await Promise.allSettled(requests.map((request) => request.answered))
    const failed = statuses.filter((status) => status.status === 'rejected' || status.value !== 200)
    assert.lengthOf(failed, 0, JSON.stringify(failed.slice(0, 3)))
    assert.equal(exitCode, 0)
    const refused = await fetch(`${url}/health/live`).catch(() => 'refused')
    assert.equal(refused, 'refused')
    agent.destroy()

    // The stream ended at once (the browser is reconnecting), not at the 25 s grace period.
    const endedAt = await page.evaluate(() => (globalThis as any).streamEndedAt as number | null)
    assert.isNumber(endedAt)
    assert.isBelow(endedAt! - stoppingAt, 5_000)
    // Nothing waits for the 25 s grace period (idle keep-alive connections end at their 5 s timeout).
    assert.isBelow(stoppedAfterMs, 15_000)
    console.log(
      `  SIGTERM: 40 of 40 requests answered; event stream ended after ${endedAt! - stoppingAt} ms; exit after ${stoppedAfterMs} ms`
    )
    await context.close()
  }).timeout(120_000)

  test('each periodic job runs once per tick, whatever the number of workers', async ({
    assert,
  }) => {
    const every = 15_000
    // Let at least two ticks happen since the workers started.
    await sleep(Math.max(0, startedAt + 2 * every + 2_000 - Date.now()))
    const elapsed = Date.now() - startedAt
    const queue = await queueNamed('default')
    const completed = await queue.getCompleted(0, 999)
    const ticks = completed.filter(
      (job) => job.name === 'HeartbeatJob' && job.timestamp >= startedAt - every
    )
    const due = ticks.map((job) => job.timestamp + (job.opts.delay ?? 0))
    assert.isAtLeast(ticks.length, 2)
    assert.isAtMost(ticks.length, Math.floor(elapsed / every) + 2)
    assert.lengthOf(new Set(due), ticks.length, 'two runs of one tick')
  })
})

/** Opens a live-updates stream in the page (held by the process that served it). */
async function openStream(page: Page, uid: string) {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        ;(globalThis as any).heard = []
        const source = new (globalThis as any).EventSource(`/__transmit/events?uid=${id}`)
        ;(globalThis as any).source = source
        source.onmessage = (event: any) => (globalThis as any).heard.push(JSON.parse(event.data))
        source.onopen = () => resolve()
        ;(globalThis as any).streamEndedAt = null
        source.onerror = () => {
          ;(globalThis as any).streamEndedAt ??= Date.now()
          reject(new Error('the event stream failed'))
        }
      }),
    uid
  )
}

/** Subscribes a stream to a channel through the process that served this page. */
function subscribeThrough(page: Page, uid: string, channel: string) {
  return page.evaluate(
    async ({ id, name }) => {
      const xsrf = decodeURIComponent(
        /XSRF-TOKEN=([^;]+)/.exec((globalThis as any).document.cookie)?.[1] ?? ''
      )
      const response = await fetch('/__transmit/subscribe', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf },
        body: JSON.stringify({ uid: id, channel: name }),
      })
      return response.status
    },
    { id: uid, name: channel }
  )
}
