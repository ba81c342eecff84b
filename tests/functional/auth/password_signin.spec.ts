import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import app from '@adonisjs/core/services/app'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { SignInWithPassword } from '#auth/actions/sign_in_with_password'
import { InvalidCredentials, Throttled } from '#auth/exceptions/auth_errors'
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

test.group('Password sign-in limits (per account, per address)', (group) => {
  freshIdentityState(group)

  const signIn = (client: ApiClient, username: string, password: string) =>
    client.post('/api/v1/auth/signin/').json({ username, password })

  test('ten failed passwords block the account for 15 minutes, on the API and /login', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const bystander = await createUser({ type: 'STAFF' })
    for (let attempt = 1; attempt <= 10; attempt++) {
      const wrong = await signIn(client, staff.username, `wrong-${attempt}`)
      wrong.assertStatus(400)
    }

    const blocked = await signIn(client, staff.username, PASSWORD)
    blocked.assertStatus(429)
    const retryAfter = Number(blocked.header('retry-after'))
    assert.isAbove(retryAfter, 890)
    assert.isAtMost(retryAfter, 900)
    blocked.assertBody({
      errors: [
        {
          message: `Request was throttled. Expected available in ${retryAfter} seconds.`,
          code: 'throttled',
        },
      ],
    })

    const page = await client
      .post('/login')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ username: staff.username.toUpperCase(), password: PASSWORD })
      .redirects(0)
    assert.match(
      String(page.flashMessage('error')),
      /^Request was throttled\. Expected available in \d+/
    )
    page.assertSessionMissing('auth_web')

    const other = await signIn(client, bystander.username, PASSWORD)
    other.assertStatus(200)
  })

  test('parallel guesses are counted before any password is checked', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => signIn(client, staff.username, `wrong-${index}`))
    )
    const statuses = answers.map((answer) => answer.status())
    assert.equal(statuses.filter((status) => status === 400).length, 10)
    assert.equal(statuses.filter((status) => status === 429).length, 10)
  })

  test("a stranger's failures close only their own address; 100 from anywhere close the account", async ({
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const signInAction = await app.container.make(SignInWithPassword)
    for (let attempt = 1; attempt <= 10; attempt++) {
      await assert.rejects(
        () => signInAction.handle(staff.username, 'wrong', '203.0.113.9'),
        InvalidCredentials
      )
    }
    await assert.rejects(
      () => signInAction.handle(staff.username, PASSWORD, '203.0.113.9'),
      Throttled
    )
    const { user } = await signInAction.handle(staff.username, PASSWORD, '198.51.100.7')
    assert.equal(user.uuid, staff.uuid)

    for (let attempt = 1; attempt <= 100; attempt++) {
      await assert.rejects(
        () => signInAction.handle(staff.username, 'wrong', `10.1.${attempt >> 3}.${attempt}`),
        InvalidCredentials
      )
    }
    await assert.rejects(() => signInAction.handle(staff.username, PASSWORD, '10.9.9.9'), Throttled)
  })

  test('a success starts the count again', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    for (let round = 1; round <= 2; round++) {
      for (let attempt = 1; attempt <= 9; attempt++) {
        const wrong = await signIn(client, staff.username, `wrong-${attempt}`)
        wrong.assertStatus(400)
      }
      const right = await signIn(client, staff.username, PASSWORD)
      right.assertStatus(200)
    }
  })

  test('X-Forwarded-For from an untrusted peer does not reset the per-address limit', async ({
    client,
    assert,
  }) => {
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 31; attempt++) {
      const response = await client
        .post('/api/v1/auth/signin/')
        .header('x-forwarded-for', `203.0.113.${attempt}`)
        .json({ username: `nobody-${attempt}`, password: 'wrong-password' })
      statuses.push(response.status())
    }
    assert.deepEqual(statuses, [...Array(30).fill(400), 429])
  })
})
