import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import { bearer, createUser, freshIdentityState, tokensFor } from '#tests/support/identity'

const PROFILE = '/api/v1/user/users/self/profile/'

/** Status of a profile read with this access token (200 or 401). */
async function profileStatus(client: ApiClient, access: string) {
  const response = await client.get(PROFILE).headers(bearer(access))
  return response.status()
}

async function refreshWith(client: ApiClient, refreshToken: string) {
  const response = await client.post('/api/v1/auth/token/refresh/').json({ refresh: refreshToken })
  return { status: response.status(), body: response.body() }
}

test.group('Token refresh, verify, sign-out and unregister', (group) => {
  freshIdentityState(group)

  test('refresh rotates: a new pair, and the old access token stops working', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const first = await tokensFor(driver.uuid)

    const refreshed = await client
      .post('/api/v1/auth/token/refresh/')
      .json({ refresh: first.refresh })
    refreshed.assertStatus(200)
    const second = refreshed.body()
    assert.notEqual(second.refresh, first.refresh)
    assert.notEqual(second.access, first.access)

    assert.equal(await profileStatus(client, second.access), 200)
    assert.equal(await profileStatus(client, first.access), 401)
  })

  test('re-using a spent refresh token revokes the whole sign-in', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const first = await tokensFor(driver.uuid)
    const { body: second } = await refreshWith(client, first.refresh)

    const replay = await client.post('/api/v1/auth/token/refresh/').json({ refresh: first.refresh })
    replay.assertStatus(401)
    replay.assertBodyContains({ errors: [{ code: 'token_not_valid' }] })

    // The legitimate holder's newer tokens died with the family.
    assert.equal(await profileStatus(client, second.access), 401)
    const stolen = await client
      .post('/api/v1/auth/token/refresh/')
      .json({ refresh: second.refresh })
    stolen.assertStatus(401)
  })

  test('another sign-in of the same user is not affected by a family revocation', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const phone = await tokensFor(driver.uuid)
    const tablet = await tokensFor(driver.uuid)
    await client.post('/api/v1/auth/token/refresh/').json({ refresh: phone.refresh })
    await client.post('/api/v1/auth/token/refresh/').json({ refresh: phone.refresh })
    assert.equal(await profileStatus(client, tablet.access), 200)
  })

  test('a sign-in ends 90 days after it began, however often it is refreshed', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const first = await tokensFor(driver.uuid)
    const row = async (refresh: string) =>
      db.from('auth_refresh_tokens').where('id', refresh.slice(4, 40)).first()
    const days = (value: Date | string) => (new Date(value).getTime() - Date.now()) / 86_400_000

    const started = await row(first.refresh)
    assert.closeTo(days(started.family_expires_at), 90, 0.01)
    assert.closeTo(days(started.expires_at), 30, 0.01)

    // 85 days into the sign-in (the family has 5 left): the next token gets 5, not 30.
    const fiveDaysLeft = new Date(Date.now() + 5 * 86_400_000).toISOString()
    await db
      .from('auth_refresh_tokens')
      .where('family_id', started.family_id)
      .update({ family_expires_at: fiveDaysLeft })
    const { status, body: second } = await refreshWith(client, first.refresh)
    assert.equal(status, 200)
    const next = await row(second.refresh)
    assert.closeTo(days(next.expires_at), 5, 0.01)
    assert.closeTo(days(next.family_expires_at), 5, 0.01)

    // At the family's end the unspent token is refused, though its own expiry is later.
    await db
      .from('auth_refresh_tokens')
      .where('family_id', started.family_id)
      .update({
        family_expires_at: new Date(Date.now() - 1000).toISOString(),
        expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      })
    const ended = await refreshWith(client, second.refresh)
    assert.equal(ended.status, 401)
    assert.deepEqual(ended.body, {
      errors: [{ message: 'Token is invalid or expired', code: 'token_not_valid' }],
    })
  })

  test('refresh with garbage or nothing', async ({ client }) => {
    const garbage = await client.post('/api/v1/auth/token/refresh/').json({ refresh: 'abc' })
    garbage.assertStatus(401)
    const missing = await client.post('/api/v1/auth/token/refresh/').json({})
    missing.assertStatus(400)
    missing.assertBodyContains({ errors: [{ field: 'refresh', code: 'required' }] })
  })

  test('verify answers 200 for live tokens and 401 otherwise, never 500', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const pair = await tokensFor(staff.uuid)
    for (const token of [pair.access, pair.refresh]) {
      const ok = await client.post('/api/v1/auth/token/verify/').json({ token })
      ok.assertStatus(200)
      ok.assertBody({})
    }
    for (const token of ['', 'oat_', 'oat_MQ.x', 'ort_nope', 'Bearer x', 'x'.repeat(400)]) {
      const bad = await client.post('/api/v1/auth/token/verify/').json({ token })
      if (bad.status() !== 400) bad.assertStatus(401)
    }
  })

  test('sign-out revokes the caller’s access and refresh tokens', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const pair = await tokensFor(driver.uuid)
    const signout = await client
      .post('/api/v1/auth/signout/')
      .headers(bearer(pair.access))
      .json({ refresh: pair.refresh })
    signout.assertStatus(204)

    assert.equal(await profileStatus(client, pair.access), 401)
    const refresh = await client.post('/api/v1/auth/token/refresh/').json({ refresh: pair.refresh })
    refresh.assertStatus(401)
  })

  test('sign-out never revokes someone else’s refresh token', async ({ client, assert }) => {
    const mallory = await createUser({ type: 'DRIVER' })
    const victim = await createUser({ type: 'DRIVER' })
    const malloryPair = await tokensFor(mallory.uuid)
    const victimPair = await tokensFor(victim.uuid)
    await client
      .post('/api/v1/auth/signout/')
      .headers(bearer(malloryPair.access))
      .json({ refresh: victimPair.refresh })
    assert.equal(await profileStatus(client, victimPair.access), 200)
  })

  test('sign-out needs a signed-in caller', async ({ client }) => {
    const response = await client.post('/api/v1/auth/signout/').json({})
    response.assertStatus(401)
    response.assertBodyContains({ errors: [{ code: 'not_authenticated' }] })
  })

  test('unregister disables the account, frees the number and ends every sign-in', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const one = await tokensFor(driver.uuid)
    const two = await tokensFor(driver.uuid)
    const response = await client
      .post('/api/v1/auth/unregister/')
      .headers(bearer(one.access))
      .json({})
    response.assertStatus(204)

    assert.equal(await profileStatus(client, two.access), 401)
    const afterUnregister = await refreshWith(client, two.refresh)
    assert.equal(afterUnregister.status, 401)
    const check = await client
      .post('/api/v1/auth/phonenumber/check/')
      .json({ phonenumber: driver.phonenumber })
    check.assertStatus(404)
  })
})
