import { configProvider } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { SessionCollection } from '@adonisjs/session'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import type { ResolvedSessionConfig } from '@adonisjs/session/types'
import testUtils from '@adonisjs/core/services/test_utils'
import redis from '@adonisjs/redis/services/main'
import { LIMITER_KEY_PREFIX } from '#config/limiter'
import { CreateUser } from '#users/actions/create_user'
import type { NewAccount } from '#users/contracts/users'
import { TokenPairs } from '#auth/services/token_pairs'
import { RecountItems } from '#shipping/actions/recount_items'
import { queueNamed } from '#tests/support/queue'
import { untilNoDeadlock } from '#tests/support/lock_waits'

let serial = 0

/** A valid Korean mobile number nobody else in this run has. */
export function uniquePhone() {
  serial += 1
  return `+8210${String(55_000_000 + serial * 7 + Math.floor(Math.random() * 7)).padStart(8, '0')}`
}

export const PASSWORD = 'correct-horse-battery'

export async function createUser(account: Partial<NewAccount> & { type: NewAccount['type'] }) {
  const createUserAction = await app.container.make(CreateUser)
  serial += 1
  return createUserAction.handle({
    username: `${account.type.toLowerCase()}-${serial}-${Math.random().toString(36).slice(2, 7)}`,
    password: PASSWORD,
    phonenumber: uniquePhone(),
    fullname: 'Test Person',
    ...account,
  })
}

export async function tokensFor(uuid: string) {
  const pairs = await app.container.make(TokenPairs)
  return pairs.issue(uuid)
}

export function bearer(access: string) {
  return { authorization: `Bearer ${access}` }
}

/**
 * The code the app queued for `phonenumber` (read from the SMS job in Redis,
 * i.e. what the SMS would say).
 */
export async function lastCodeSentTo(phonenumber: string): Promise<string> {
  const queue = await queueNamed('notifications')
  const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'])
  const sent = jobs
    .filter((job) => job?.name === 'SendSmsJob' && job.data.to === phonenumber)
    .sort((a, b) => b.timestamp - a.timestamp)
  const code = /\b(\d{6})\b/.exec(sent[0]?.data.text ?? '')?.[1]
  if (!code) throw new Error(`no code was sent to ${phonenumber}`)
  return code
}

/**
 * Forgets this run's rate limits. Only its own keys: the limiter's `clear()`
 * is a FLUSHDB that would empty the Redis every other test run, worker and
 * benchmark on the machine shares (their queues and jobs vanished mid-run).
 */
export async function clearRateLimits() {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${LIMITER_KEY_PREFIX}*`, 'COUNT', 1000)
    if (keys.length > 0) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

/**
 * Every test starts with fresh rate limits and leaves empty tables behind.
 */
export function freshIdentityState(group: { each: { setup: (fn: () => any) => void } }) {
  group.each.setup(async () => {
    await clearRateLimits()
    const truncate = await testUtils.db().truncate()
    return async () => {
      await untilNoDeadlock(truncate)
      // SQLite empties table by table with DELETE, which the item counts'
      // triggers count when `shipping_items` goes after its counts (ADR 0016).
      await new RecountItems().handle()
    }
  })
}

/**
 * Serves this group's requests with the production session store: Redis
 * (under this run's prefix) instead of the suite's memory store, which the
 * Japa session helpers (`loginAs`, `withCsrfToken`) need. Requests then
 * carry real cookies (a browser, or by hand); the deactivation listener
 * reaches the same store.
 */
export function withRedisSessions(group: {
  setup: (fn: () => any) => void
  teardown: (fn: () => any) => void
}) {
  group.setup(async () => {
    const config = await configProvider.resolve<ResolvedSessionConfig>(
      app,
      app.config.get('session')
    )
    const redisConfig = { ...config!, store: 'redis' }
    app.container.swap(
      SessionMiddleware,
      async () => new SessionMiddleware(redisConfig, await app.container.make('emitter'))
    )
    app.container.swap(SessionCollection, () => new SessionCollection(redisConfig))
  })
  group.teardown(() => {
    app.container.restore(SessionMiddleware)
    app.container.restore(SessionCollection)
  })
}

/** The Redis connection sessions live on (keys without the prefix). */
export function sessionsRedis() {
  return redis.connection('sessions')
}
