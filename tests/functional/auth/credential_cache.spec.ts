import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import { AccessToken } from '@adonisjs/auth/access_tokens'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import queueConfig from '#config/queue'
import { ACCESS_TOKENS_TABLE } from '#auth/services/access_token_store'
import { API_KEYS_TABLE, ApiKeyStore } from '#auth/services/api_key_store'
import { RevokeApiKey } from '#auth/actions/revoke_api_key'
import { CredentialCache } from '#auth/services/credential_cache'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { bearer, createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { waitFor } from '#tests/support/queue'

/**
 * ADR 0020: a verified access token and its account are kept by the
 * process, and every change to either refuses them on the next request.
 * Each test first uses the token (so it is kept), then changes what it was
 * built from.
 */
const PROFILE = '/api/v1/user/users/self/profile/'
const CHANNEL = `${queueConfig.prefix}:auth:changes`

async function profileStatus(client: ApiClient, access: string) {
  const response = await client.get(PROFILE).headers(bearer(access))
  return response.status()
}

function tokenId(access: string) {
  return Number(AccessToken.decode('oat_', access)!.identifier)
}

/** A driver whose access token this process has verified, and so keeps. */
async function keptDriver(client: ApiClient) {
  const cache = await app.container.make(CredentialCache)
  await cache.start()
  const driver = await createUser({ type: 'DRIVER' })
  const tokens = await tokensFor(driver.uuid)
  if ((await profileStatus(client, tokens.access)) !== 200) throw new Error('token refused')
  if (!cache.keptToken(tokenId(tokens.access))) throw new Error('token not kept')
  return { driver, tokens }
}

/** Deletes the token's row behind the app's back: nothing says it changed. */
async function deleteTokenRows(userUuid: string) {
  await db.from(ACCESS_TOKENS_TABLE).where('tokenable_id', userUuid).delete()
}

/** How long a message from Redis may take to be heard (it is, asynchronously). */
const HEARD_WITHIN_MS = 3_000

async function apiKeyStatus(client: ApiClient, key: string) {
  const response = await client
    .get('/api/v1/auth/api_key/')
    .header('authorization', `Api-Key ${key}`)
  return response.status()
}

/** Listens on the changes channel as another process does: what it has heard so far. */
async function anotherProcess() {
  const messages: string[] = []
  const listener = redis.connection().ioConnection.duplicate()
  listener.on('message', (_channel: string, text: string) =>
    messages.push(JSON.stringify(JSON.parse(text).change))
  )
  await listener.subscribe(CHANNEL)
  return {
    heard: (change: object) => messages.includes(JSON.stringify(change)),
    stop: async () => {
      await listener.quit()
    },
  }
}

/** A partner key (`ownerUuid`'s) this process has verified, and so keeps. */
async function keptApiKey(
  client: ApiClient,
  options: { ownerUuid?: string; expiresInMs?: number } = {}
) {
  const cache = await app.container.make(CredentialCache)
  await cache.start()
  const keys = await app.container.make(ApiKeyStore)
  const expiresAt = options.expiresInMs ? new Date(Date.now() + options.expiresInMs) : null
  const created = await keys.create({
    name: 'partner',
    ownerUuid: options.ownerUuid ?? null,
    scopes: ['users:read'],
    expiresAt,
  })
  if ((await apiKeyStatus(client, created.key)) !== 200) throw new Error('key refused')
  if (!cache.keptApiKey(created.prefix)) throw new Error('key not kept')
  return created
}

test.group('Kept credentials (ADR 0020)', (group) => {
  freshIdentityState(group)

  test('a verified token is kept: it answers without reading its row', async ({
    client,
    assert,
  }) => {
    const cache = await app.container.make(CredentialCache)
    const { driver, tokens } = await keptDriver(client)
    await deleteTokenRows(driver.uuid)
    assert.equal(await profileStatus(client, tokens.access), 200)

    const other = await tokensFor(driver.uuid)
    const [, secret] = other.access.split('.')
    const forged = `${tokens.access.split('.')[0]}.${secret}`
    assert.equal(await profileStatus(client, forged), 401, 'a kept token still checks its secret')

    // A token that never verified is not kept: its id and a wrong secret.
    const unused = await tokensFor(driver.uuid)
    const wrong = `${unused.access.split('.')[0]}.${secret}`
    assert.equal(await profileStatus(client, wrong), 401)
    assert.isUndefined(cache.keptToken(tokenId(unused.access)))
  })

  test('signing out refuses the kept token at once', async ({ client, assert }) => {
    const { tokens } = await keptDriver(client)
    const signOut = await client
      .post('/api/v1/auth/signout/')
      .headers(bearer(tokens.access))
      .json({ refresh: tokens.refresh })
    signOut.assertStatus(204)
    assert.equal(await profileStatus(client, tokens.access), 401)
  })

  test('a refresh refuses the kept old access token at once', async ({ client, assert }) => {
    const { tokens } = await keptDriver(client)
    const refreshed = await client
      .post('/api/v1/auth/token/refresh/')
      .json({ refresh: tokens.refresh })
    refreshed.assertStatus(200)
    assert.equal(await profileStatus(client, tokens.access), 401)
    assert.equal(await profileStatus(client, refreshed.body().access), 200)
  })

  test('a ban refuses the kept account at once', async ({ client }) => {
    const { driver, tokens } = await keptDriver(client)
    const ban = await app.container.make(BanUser)
    await ban.handle(driver.uuid)
    const response = await client.get(PROFILE).headers(bearer(tokens.access))
    response.assertStatus(401)
  })

  test('a deactivation refuses the kept account at once', async ({ client, assert }) => {
    const { driver, tokens } = await keptDriver(client)
    const unregister = await app.container.make(UnregisterUser)
    await unregister.handle(driver.uuid)
    assert.equal(await profileStatus(client, tokens.access), 401)
  })

  test("an API key's owner is kept like a token's account, and a ban drops both at once", async ({
    client,
    assert,
  }) => {
    const cache = await app.container.make(CredentialCache)
    const owner = await createUser({ type: 'STAFF', isAdmin: true })
    const { prefix, key } = await keptApiKey(client, { ownerUuid: owner.uuid })

    // Kept: the owner disabled behind the app's back is not read again …
    await db.from('users').where('uuid', owner.uuid).update({ is_active: false })
    assert.equal(await apiKeyStatus(client, key), 200)
    await db.from('users').where('uuid', owner.uuid).update({ is_active: true })

    // … and a ban, which says so, drops the owner and the keys it owns.
    const ban = await app.container.make(BanUser)
    await ban.handle(owner.uuid)
    assert.isUndefined(cache.keptApiKey(prefix))
    assert.equal(await apiKeyStatus(client, key), 401)
  })

  test('a verified API key is kept: it answers without reading its row, and still checks its secret', async ({
    client,
    assert,
  }) => {
    const { prefix, key } = await keptApiKey(client)
    await db.from(API_KEYS_TABLE).where('prefix', prefix).delete()
    assert.equal(await apiKeyStatus(client, key), 200)
    assert.equal(await apiKeyStatus(client, `${prefix}.${'x'.repeat(32)}`), 401)
  })

  test('a kept API key is refused once it expires', async ({ client, assert }) => {
    const cache = await app.container.make(CredentialCache)
    const expiresInMs = 2_000
    const { prefix, key } = await keptApiKey(client, { expiresInMs })
    await db.from(API_KEYS_TABLE).where('prefix', prefix).delete()
    assert.equal(await apiKeyStatus(client, key), 200)

    await sleep(expiresInMs + 50)
    assert.isDefined(cache.keptApiKey(prefix), 'still kept (CREDENTIAL_CACHE_MS is 5 s)')
    assert.equal(await apiKeyStatus(client, key), 401)
  })

  test('revoking a kept API key refuses it at once, and says so to the other processes', async ({
    client,
    assert,
    cleanup,
  }) => {
    const other = await anotherProcess()
    cleanup(() => other.stop())
    const { prefix, key } = await keptApiKey(client)
    const revoke = await app.container.make(RevokeApiKey)
    await revoke.handle(prefix)
    assert.equal(await apiKeyStatus(client, key), 401)
    await waitFor(async () => other.heard({ apiKeyPrefix: prefix }), HEARD_WITHIN_MS)
  })

  test('an API key revoked by another process is refused once heard, and only that key', async ({
    client,
    assert,
  }) => {
    const first = await keptApiKey(client)
    const second = await keptApiKey(client)
    await db.from(API_KEYS_TABLE).whereIn('prefix', [first.prefix, second.prefix]).delete()

    await redis.publish(
      CHANNEL,
      JSON.stringify({ from: 'another-process', change: { apiKeyPrefix: first.prefix } })
    )
    await waitFor(async () => (await apiKeyStatus(client, first.key)) === 401, HEARD_WITHIN_MS)
    assert.equal(await apiKeyStatus(client, second.key), 200)
  })

  test('each change is said to the other processes', async ({ client, cleanup }) => {
    const other = await anotherProcess()
    cleanup(() => other.stop())
    const { driver, tokens } = await keptDriver(client)
    const { family_id: familyId } = await db
      .from(ACCESS_TOKENS_TABLE)
      .where('tokenable_id', driver.uuid)
      .firstOrFail()
    const signOut = await client
      .post('/api/v1/auth/signout/')
      .headers(bearer(tokens.access))
      .json({ refresh: tokens.refresh })
    signOut.assertStatus(204)
    const ban = await app.container.make(BanUser)
    await ban.handle(driver.uuid)

    await waitFor(
      async () => other.heard({ familyId }) && other.heard({ userUuid: driver.uuid }),
      HEARD_WITHIN_MS
    )
  })

  test('a change said by another process is heard', async ({ client, assert }) => {
    const first = await keptDriver(client)
    const second = await keptDriver(client)
    await deleteTokenRows(first.driver.uuid)
    await deleteTokenRows(second.driver.uuid)

    // Another web process (or the worker) revoked the first driver's tokens.
    await redis.publish(
      CHANNEL,
      JSON.stringify({ from: 'another-process', change: { userUuid: first.driver.uuid } })
    )
    await waitFor(
      async () => (await profileStatus(client, first.tokens.access)) === 401,
      HEARD_WITHIN_MS
    )
    // Only that account's.
    assert.equal(await profileStatus(client, second.tokens.access), 200)
  })

  test('a dropped subscription forgets everything, and keeping resumes once it is back', async ({
    client,
  }) => {
    const { driver, tokens } = await keptDriver(client)
    await deleteTokenRows(driver.uuid)

    // The subscriber's connection breaks (a network failure); ioredis reconnects.
    redis.connection().ioSubscriberConnection!.stream.destroy()
    await waitFor(async () => (await profileStatus(client, tokens.access)) === 401, HEARD_WITHIN_MS)

    // Back: tokens verified from now on are kept again.
    await waitFor(async () => {
      const again = await tokensFor(driver.uuid)
      await profileStatus(client, again.access)
      await deleteTokenRows(driver.uuid)
      return (await profileStatus(client, again.access)) === 200
    }, HEARD_WITHIN_MS)
  })
})
