import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { BanUser } from '#users/actions/ban_user'
import {
  bearer,
  createUser,
  freshIdentityState,
  lastCodeSentTo,
  uniquePhone,
} from '#tests/support/identity'

/** Verifies `phonenumber` through the sign-up code flow; returns the ticket. */
async function verifiedTicket(client: any, phonenumber: string) {
  const requested = await client.post('/api/v1/auth/signup/token_request/').json({ phonenumber })
  requested.assertStatus(200)
  const code = await lastCodeSentTo(phonenumber)
  const confirmed = await client
    .post('/api/v1/auth/signup/token_confirm/')
    .json({ phonenumber, token: code })
  confirmed.assertStatus(200)
  return confirmed.body().signup_token as string
}

test.group('Driver sign-up with a verified phone', (group) => {
  freshIdentityState(group)

  test('a verified number signs up as a DRIVER with fullname and dob', async ({
    client,
    assert,
  }) => {
    const phonenumber = uniquePhone()
    const ticket = await verifiedTicket(client, phonenumber)

    const response = await client.post('/api/v1/auth/signup/').json({
      phonenumber,
      user_type: 'DRIVER',
      signup_token: ticket,
      fullname: 'Kim Driver',
      dob: '1990-04-01',
    })
    response.assertStatus(201)
    const body = response.body()
    assert.properties(body, ['uuid', 'user_profile', 'access', 'refresh'])
    assert.deepEqual(body.user_profile, {
      fullname: 'Kim Driver',
      dob: '1990-04-01',
      image: null,
      uuid: body.uuid,
      phonenumber,
      username: phonenumber,
      type: 'DRIVER',
    })

    const me = await client.get('/api/v1/user/users/self/profile/').headers(bearer(body.access))
    me.assertBody(body.user_profile)
  })

  test('sign-up without a verified number is refused and writes nothing', async ({ client }) => {
    const phonenumber = uniquePhone()
    const response = await client.post('/api/v1/auth/signup/').json({
      phonenumber,
      user_type: 'DRIVER',
      signup_token: 'made-up-token-value',
    })
    response.assertStatus(400)
    response.assertBodyContains({ errors: [{ field: 'signup_token', code: 'invalid' }] })

    const check = await client.post('/api/v1/auth/phonenumber/check/').json({ phonenumber })
    check.assertStatus(404)
  })

  test('a ticket works once', async ({ client }) => {
    const phonenumber = uniquePhone()
    const ticket = await verifiedTicket(client, phonenumber)
    const payload = { phonenumber, user_type: 'DRIVER', signup_token: ticket }
    const first = await client.post('/api/v1/auth/signup/').json(payload)
    first.assertStatus(201)
    const again = await client.post('/api/v1/auth/signup/').json(payload)
    again.assertStatus(400)
  })

  test('staff cannot sign themselves up', async ({ client }) => {
    const phonenumber = uniquePhone()
    const ticket = await verifiedTicket(client, phonenumber)
    const response = await client
      .post('/api/v1/auth/signup/')
      .json({ phonenumber, user_type: 'STAFF', signup_token: ticket })
    response.assertStatus(400)
    response.assertBodyContains({ errors: [{ field: 'user_type', code: 'invalid_choice' }] })
  })

  test('a number that has an account, or was banned, gets no sign-up code', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const taken = await client
      .post('/api/v1/auth/signup/token_request/')
      .json({ phonenumber: driver.phonenumber })
    taken.assertStatus(400)
    taken.assertBody({
      errors: [{ message: 'phonenumber already exists.', code: 'invalid', field: 'phonenumber' }],
    })

    const ban = await app.container.make(BanUser)
    await ban.handle(driver.uuid)
    const banned = await client
      .post('/api/v1/auth/signup/token_request/')
      .json({ phonenumber: driver.phonenumber })
    banned.assertStatus(400)
    banned.assertBodyContains({ errors: [{ message: 'This phonenumber is banned.' }] })

    const check = await client
      .post('/api/v1/auth/phonenumber/check/')
      .json({ phonenumber: driver.phonenumber })
    check.assertStatus(400)
  })

  test('field errors: bad user_type, short fullname, future dob', async ({ client }) => {
    const response = await client.post('/api/v1/auth/signup/').json({
      phonenumber: uniquePhone(),
      user_type: 'PILOT',
      signup_token: 'x',
      fullname: 'K',
      dob: '2999-01-01',
    })
    response.assertStatus(400)
    response.assertBodyContains({
      errors: [
        { field: 'user_type', code: 'invalid_choice' },
        { field: 'fullname', code: 'min_length' },
        { field: 'dob' },
      ],
    })
  })
})
