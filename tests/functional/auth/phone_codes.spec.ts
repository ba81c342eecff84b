import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { createHash, randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import identityConfig from '#config/identity'
import { hashCode } from '#auth/services/phone_codes'
import {
  bearer,
  clearRateLimits,
  createUser,
  freshIdentityState,
  lastCodeSentTo,
  uniquePhone,
} from '#tests/support/identity'

const REQUEST = '/api/v1/auth/signin/token_request/'
const CONFIRM = '/api/v1/auth/signin/token_confirm/'

/** Asks for a sign-in code; answers the HTTP status. */
async function requestCode(client: ApiClient, phonenumber: string) {
  const response = await client.post(REQUEST).json({ phonenumber })
  return response.status()
}

/** Moves every code a number was sent `seconds` into the past. */
async function ageCodes(phonenumber: string, seconds: number) {
  const rows = await db.from('auth_phone_codes').where('phonenumber', phonenumber)
  for (const row of rows) {
    const createdAt = new Date(new Date(row.created_at).getTime() - seconds * 1000)
    await db
      .from('auth_phone_codes')
      .where('id', row.id)
      .update({ created_at: createdAt.toISOString() })
  }
}

function wrongCodeFor(code: string) {
  return code === '000000' ? '111111' : '000000'
}

test.group('Sign-in with a phone code', (group) => {
  freshIdentityState(group)

  test('a requested code signs the driver in, once', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const requested = await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    requested.assertStatus(200)
    const expires = new Date(requested.body().timestamp_expires).getTime()
    assert.closeTo(expires - Date.now(), 180_000, 5_000)

    const code = await lastCodeSentTo(driver.phonenumber!)
    assert.match(code, /^\d{6}$/)

    const confirmed = await client
      .post(CONFIRM)
      .json({ phonenumber: driver.phonenumber, token: code })
    confirmed.assertStatus(200)
    const me = await client
      .get('/api/v1/user/users/self/profile/')
      .headers(bearer(confirmed.body().access))
    me.assertBodyContains({ uuid: driver.uuid, type: 'DRIVER' })

    const reused = await client.post(CONFIRM).json({ phonenumber: driver.phonenumber, token: code })
    reused.assertStatus(400)
    reused.assertBodyContains({
      errors: [{ field: 'phonenumber', message: 'phonenumber verification has not been sent.' }],
    })
  })

  test('the code is stored hashed, never in clear', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const code = await lastCodeSentTo(driver.phonenumber!)
    const row = await db.from('auth_phone_codes').where('phonenumber', driver.phonenumber!).first()
    assert.notInclude(JSON.stringify(row), code)
    assert.lengthOf(row.code_hash, 64)
  })

  test('a leaked database gives no code away: the hash needs a server-side key', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const row = await db.from('auth_phone_codes').where('phonenumber', driver.phonenumber!).first()

    // The row, the number and the purpose are all an attacker with the database
    // has; with an unkeyed hash, trying the million codes finds this one.
    const code = await lastCodeSentTo(driver.phonenumber!)
    for (const text of [`signin:${driver.phonenumber}:${code}`, `${driver.phonenumber}:${code}`]) {
      assert.notEqual(createHash('sha256').update(text).digest('hex'), row.code_hash)
    }
    assert.notEqual(createHash('sha256').update(code).digest('hex'), row.code_hash)
  })

  test('five wrong guesses kill the code: the sixth try fails even with the right code', async ({
    client,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const code = await lastCodeSentTo(driver.phonenumber!)

    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await client
        .post(CONFIRM)
        .json({ phonenumber: driver.phonenumber, token: wrongCodeFor(code) })
      wrong.assertStatus(400)
      wrong.assertBodyContains({ errors: [{ code: 'invalid_token', field: 'token' }] })
    }

    const sixth = await client.post(CONFIRM).json({ phonenumber: driver.phonenumber, token: code })
    sixth.assertStatus(400)
    sixth.assertBodyContains({ errors: [{ code: 'code_locked' }] })
  })

  test('an expired code is refused', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const code = await lastCodeSentTo(driver.phonenumber!)
    await db
      .from('auth_phone_codes')
      .where('phonenumber', driver.phonenumber!)
      .update({ expires_at: new Date(Date.now() - 1000).toISOString() })

    const response = await client
      .post(CONFIRM)
      .json({ phonenumber: driver.phonenumber, token: code })
    response.assertStatus(400)
    response.assertBody({ errors: [{ message: 'phonenumber check expired.', code: 'expired' }] })
  })

  test('a new request replaces the previous code', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const first = await lastCodeSentTo(driver.phonenumber!)
    await ageCodes(driver.phonenumber!, 30)
    await client.post(REQUEST).json({ phonenumber: driver.phonenumber })
    const second = await lastCodeSentTo(driver.phonenumber!)

    // The older code is closed by the second request, whatever its digits.
    const codes = await db
      .from('auth_phone_codes')
      .where('phonenumber', driver.phonenumber!)
      .select('closed_at', 'confirmed_at')
    assert.lengthOf(codes, 2)
    const closed = codes.filter((code) => code.closed_at !== null)
    assert.lengthOf(closed, 1, 'the older code is closed, the newer one stays open')
    assert.isNull(closed[0].confirmed_at)

    if (first !== second) {
      const old = await client.post(CONFIRM).json({ phonenumber: driver.phonenumber, token: first })
      old.assertStatus(400)
    }
    const current = await client
      .post(CONFIRM)
      .json({ phonenumber: driver.phonenumber, token: second })
    current.assertStatus(200)
  })

  test('each further code for a number waits longer, 30 s up to 15 minutes, never a day', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const phonenumber = driver.phonenumber!
    const waits: number[] = []
    for (let code = 1; code <= 9; code++) {
      await clearRateLimits() // the per-address limit is not what this test is about
      assert.equal(await requestCode(client, phonenumber), 200)
      const again = await client.post(REQUEST).json({ phonenumber })
      again.assertStatus(429)
      const retryAfter = Number(again.header('retry-after'))
      again.assertBody({
        errors: [
          {
            message: `Request was throttled. Expected available in ${retryAfter} seconds.`,
            code: 'throttled',
          },
        ],
      })
      waits.push(retryAfter)

      // One second short of the cooldown: still refused; at the cooldown: free.
      await ageCodes(phonenumber, retryAfter - 1)
      assert.equal(await requestCode(client, phonenumber), 429)
      await ageCodes(phonenumber, 1)
    }
    assert.deepEqual(waits, [30, 60, 120, 300, 600, 900, 900, 900, 900])
    // Nine codes later the number still gets one: nobody can lock it out for a day.
    assert.equal(await requestCode(client, phonenumber), 200)
  })

  test('a number quiet for the 24-hour window starts again at the short cooldown', async ({
    client,
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const phonenumber = driver.phonenumber!
    for (let code = 1; code <= 6; code++) {
      assert.equal(await requestCode(client, phonenumber), 200)
      await ageCodes(phonenumber, 900)
    }
    await ageCodes(phonenumber, 24 * 60 * 60)
    assert.equal(await requestCode(client, phonenumber), 200)
    const again = await client.post(REQUEST).json({ phonenumber })
    again.assertHeader('retry-after', '30')
  })

  test('codes go only to SMS_ALLOWED_COUNTRIES (default KR): nothing sent elsewhere', async ({
    client,
    assert,
  }) => {
    for (const phonenumber of ['+447400123456', '+2693212345', '+12025550123']) {
      for (const path of [REQUEST, '/api/v1/auth/signup/token_request/']) {
        const response = await client.post(path).json({ phonenumber })
        response.assertStatus(400)
        response.assertBody({
          errors: [
            {
              message: 'Codes cannot be sent to this country.',
              code: 'invalid',
              field: 'phonenumber',
            },
          ],
        })
      }
      assert.lengthOf(await db.from('auth_phone_codes').where('phonenumber', phonenumber), 0)
      await assert.rejects(() => lastCodeSentTo(phonenumber), /no code was sent/)
    }

    const korean = await client
      .post('/api/v1/auth/signup/token_request/')
      .json({ phonenumber: uniquePhone() })
    korean.assertStatus(200)
  })

  test('the allowed countries come from configuration', async ({ client, cleanup }) => {
    const allowed = identityConfig.sms.allowedCountries
    identityConfig.sms.allowedCountries = ['GB']
    cleanup(() => {
      identityConfig.sms.allowedCountries = allowed
    })
    const british = await client
      .post('/api/v1/auth/signup/token_request/')
      .json({ phonenumber: '+447400123456' })
    british.assertStatus(200)
    const korean = await client
      .post('/api/v1/auth/signup/token_request/')
      .json({ phonenumber: uniquePhone() })
    korean.assertStatus(400)
  })

  test('staff numbers get no code and no token: phone-code sign-in is for drivers', async ({
    client,
    assert,
  }) => {
    for (const staff of [
      await createUser({ type: 'STAFF' }),
      await createUser({ type: 'STAFF', isAdmin: true }),
    ]) {
      const phonenumber = staff.phonenumber!
      const requested = await client.post(REQUEST).json({ phonenumber })
      requested.assertStatus(400)
      requested.assertBody({
        errors: [
          {
            message: 'This number cannot sign in with a code.',
            code: 'invalid',
            field: 'phonenumber',
          },
        ],
      })
      assert.lengthOf(await db.from('auth_phone_codes').where('phonenumber', phonenumber), 0)
      await assert.rejects(() => lastCodeSentTo(phonenumber), /no code was sent/)

      // A code opened before this rule (or by any other path) still signs no staff in.
      await db.table('auth_phone_codes').insert({
        id: randomUUID(),
        phonenumber,
        purpose: 'signin',
        code_hash: hashCode({ phonenumber, purpose: 'signin' }, '424242'),
        failed_attempts: 0,
        created_at: new Date().toISOString(),
        expires_at: new Date(Date.now() + 60_000).toISOString(),
      })
      const confirmed = await client.post(CONFIRM).json({ phonenumber, token: '424242' })
      confirmed.assertStatus(400)
      confirmed.assertBody(requested.body())
      assert.notProperty(confirmed.body(), 'access')
    }
  })

  test('unknown, malformed and banned numbers are refused with a field error', async ({
    client,
  }) => {
    const unknown = await client.post(REQUEST).json({ phonenumber: uniquePhone() })
    unknown.assertStatus(400)
    unknown.assertBody({
      errors: [{ message: 'phonenumber does not exists.', code: 'invalid', field: 'phonenumber' }],
    })

    const malformed = await client.post(REQUEST).json({ phonenumber: '010-1234' })
    malformed.assertStatus(400)
    malformed.assertBody({
      errors: [{ message: 'Enter a valid phone number.', code: 'invalid', field: 'phonenumber' }],
    })

    const missingToken = await client.post(CONFIRM).json({ phonenumber: uniquePhone() })
    missingToken.assertStatus(400)
    missingToken.assertBodyContains({ errors: [{ code: 'required', field: 'token' }] })
  })

  test('more than 10 code requests a minute from one address are throttled', async ({
    client,
    assert,
  }) => {
    const statuses: number[] = []
    for (let request = 1; request <= 11; request++) {
      const response = await client.post(REQUEST).json({ phonenumber: uniquePhone() })
      statuses.push(response.status())
      if (request === 11) {
        response.assertBodyContains({ errors: [{ code: 'throttled' }] })
        assert.isAbove(Number(response.header('retry-after')), 0)
      }
    }
    assert.deepEqual(statuses, [...Array(10).fill(400), 429])
  })
})

test.group('POST /api/v1/auth/phonenumber/check/', (group) => {
  freshIdentityState(group)

  test('200 when an account has the number, 404 when none does', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const known = await client
      .post('/api/v1/auth/phonenumber/check/')
      .json({ phonenumber: driver.phonenumber })
    known.assertStatus(200)
    known.assertBody({ phonenumber: driver.phonenumber })

    const phonenumber = uniquePhone()
    const unknown = await client.post('/api/v1/auth/phonenumber/check/').json({ phonenumber })
    unknown.assertStatus(404)
    unknown.assertBody({ phonenumber })
  })
})
