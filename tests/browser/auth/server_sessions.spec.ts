import { test } from '@japa/runner'
import type { Page } from 'playwright'
import app from '@adonisjs/core/services/app'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { RedisSessionStore } from '#auth/services/redis_session_store'
import {
  PASSWORD,
  createUser,
  freshIdentityState,
  sessionsRedis,
  withRedisSessions,
} from '#tests/support/identity'
import { drainQueues, resetQueues, startWorker } from '#tests/support/queue'

async function signInAsStaff(page: Page, username: string) {
  await page.getByLabel('Username').fill(username)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL('**/dashboard')
}

/** The ids of the user's live sessions in Redis (the tag set, minus destroyed ones). */
async function liveSessionIds(userUuid: string) {
  const ids = await sessionsRedis().smembers(`session_tag:${userUuid}`)
  const live: string[] = []
  for (const id of ids) if (await sessionsRedis().exists(id)) live.push(id)
  return live
}

test.group('Server-side sessions in Redis (Chromium)', (group) => {
  freshIdentityState(group)
  withRedisSessions(group)

  test('a session cookie copied before sign-out opens nothing afterwards', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF', fullname: 'Sam Server' })
    const page = await visit('/login')
    await signInAsStaff(page, staff.username)
    const copied = await browserContext.cookies()

    const [sessionId] = await liveSessionIds(staff.uuid)
    assert.isString(sessionId)
    // The idle timeout: every request renews the key's 2-hour expiry.
    assert.closeTo(await sessionsRedis().ttl(sessionId), 2 * 60 * 60, 60)

    await page.getByRole('button', { name: /Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    assert.deepEqual(await liveSessionIds(staff.uuid), [])

    await browserContext.clearCookies()
    await browserContext.addCookies(copied)
    await page.goto('/dashboard')
    await page.waitForURL('**/login')
  })

  test('a browser whose session was ended elsewhere signs in again at once', async ({
    visit,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const page = await visit('/login')
    await signInAsStaff(page, staff.username)
    const [ended] = await liveSessionIds(staff.uuid)
    // As a ban, a deactivation or a raced sign-out leaves it: the browser
    // still holds the id of a session the store has ended.
    const store = new RedisSessionStore(sessionsRedis(), '2 hours')
    await store.destroy(ended)

    await page.goto('/dashboard')
    await page.waitForURL('**/login')
    await signInAsStaff(page, staff.username)
    const live = await liveSessionIds(staff.uuid)
    assert.lengthOf(live, 1)
    assert.notEqual(live[0], ended)
  })

  test('{name} a user destroys every session they have, in every browser')
    .with([
      { name: 'banning', action: BanUser },
      { name: 'deactivating', action: UnregisterUser },
    ])
    .run(async ({ visit, browserContext, assert, cleanup }, { action }) => {
      const staff = await createUser({ type: 'STAFF' })
      const page = await visit('/login')
      await signInAsStaff(page, staff.username)
      const otherBrowser = await browserContext.browser()!.newContext()
      cleanup(() => otherBrowser.close())
      const other = await otherBrowser.newPage()
      await other.goto(new URL('/login', page.url()).href)
      await signInAsStaff(other, staff.username)
      assert.lengthOf(await liveSessionIds(staff.uuid), 2)

      await resetQueues() // earlier tests' SMS jobs have no worker here and would never drain
      const worker = await startWorker(['events'])
      cleanup(() => worker.close())
      const end = await app.container.make(action)
      await end.handle(staff.uuid)
      await drainQueues()

      assert.deepEqual(await liveSessionIds(staff.uuid), [])
      await page.goto('/dashboard')
      await page.waitForURL('**/login')
    })
})
