import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { PASSWORD, bearer, createUser, freshIdentityState } from '#tests/support/identity'

test.group('POST /api/v1/auth/signin/ (username + password)', (group) => {
  freshIdentityState(group)

  test('right credentials answer an access and a refresh token', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client.post('/api/v1/auth/signin/').json({
      username: staff.username,
      password: PASSWORD,
    })
    response.assertStatus(200)
    assert.match(response.body().access, /^oat_/)
    assert.match(response.body().refresh, /^ort_/)

    const profile = await client
      .get('/api/v1/user/users/self/profile/')
      .headers(bearer(response.body().access))
    profile.assertStatus(200)
    assert.equal(profile.body().uuid, staff.uuid)
  })

  test('a wrong password, an unknown user and a missing field are refused', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const wrong = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: 'nope-nope' })
    wrong.assertStatus(400)
    wrong.assertBody({
      errors: [
        { message: 'Unable to log in with provided credentials.', code: 'invalid_credentials' },
      ],
    })

    const unknown = await client
      .post('/api/v1/auth/signin/')
      .json({ username: 'nobody', password: PASSWORD })
    unknown.assertBody(wrong.body())

    const missing = await client.post('/api/v1/auth/signin/').json({ username: staff.username })
    missing.assertStatus(400)
    missing.assertBodyContains({ errors: [{ code: 'required', field: 'password' }] })
  })

  test('a banned user cannot sign in and their live token stops working at once', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const signin = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: PASSWORD })
    const access = signin.body().access

    const ban = await app.container.make(BanUser)
    await ban.handle(staff.uuid)

    const withToken = await client.get('/api/v1/user/users/self/profile/').headers(bearer(access))
    withToken.assertStatus(401)
    withToken.assertBodyContains({ errors: [{ code: 'user_banned' }] })
    withToken.assertHeader('www-authenticate', 'Bearer realm="api"')

    const again = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: PASSWORD })
    again.assertStatus(400)
  })

  test('an unregistered user’s token answers user_inactive', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const signin = await client
      .post('/api/v1/auth/signin/')
      .json({ username: driver.username, password: PASSWORD })
    const unregister = await app.container.make(UnregisterUser)
    await unregister.handle(driver.uuid)

    const response = await client
      .get('/api/v1/user/users/self/profile/')
      .headers(bearer(signin.body().access))
    response.assertStatus(401)
  })

  test('an invalid bearer token is a 401 even on a public endpoint', async ({ client }) => {
    const response = await client
      .post('/api/v1/auth/phonenumber/check/')
      .headers(bearer('oat_MQ.bogus'))
      .json({ phonenumber: '+821012345678' })
    response.assertStatus(401)
  })
})
