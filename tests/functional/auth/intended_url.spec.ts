import { test } from '@japa/runner'
import { PASSWORD, createUser, freshIdentityState, lastCodeSentTo } from '#tests/support/identity'

const KEY = 'auth_intended_url'

test.group('Sign-in opens the page asked for while signed out', (group) => {
  freshIdentityState(group)

  async function signIn(
    client: any,
    username: string,
    session: Record<string, unknown> = {}
  ): Promise<any> {
    return client
      .post('/login')
      .withSession(session)
      .withCsrfToken()
      .form({ username, password: PASSWORD })
      .redirects(0)
  }

  test('a page visit while signed out is remembered, and the sign-in goes there once', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const visit = await client.get('/queues').qs({ tab: 'failed' }).redirects(0)
    visit.assertStatus(302)
    visit.assertSession(KEY, { url: '/queues?tab=failed', userType: 'STAFF' })

    // An Inertia visit (in-app navigation after the session ended) too.
    const inertiaVisit = await client.get('/shipping/items').withInertia().redirects(0)
    inertiaVisit.assertSession(KEY, { url: '/shipping/items', userType: 'STAFF' })

    const response = await signIn(client, staff.username, {
      [KEY]: { url: '/queues?tab=failed', userType: 'STAFF' },
    })
    response.assertStatus(302)
    response.assertHeader('location', '/queues?tab=failed')
    response.assertSession('auth_web', staff.uuid)
    response.assertSessionMissing(KEY)
  })

  test('without a remembered page, staff land on the dashboard', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await signIn(client, staff.username)
    response.assertHeader('location', '/dashboard')
  })

  test('form posts and API calls are never remembered', async ({ client }) => {
    const post = await client.post('/queues/retry').withCsrfToken().json({ all: true }).redirects(0)
    post.assertHeader('location', '/login')
    post.assertSessionMissing(KEY)

    const api = await client.get('/api/v1/shipping/shippingitems/').redirects(0)
    api.assertStatus(401)
    api.assertSessionMissing(KEY)
  })

  test('a remembered address that leads off the site is refused: the home page instead', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    for (const url of [
      '//evil.example/dashboard',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
      '/login',
    ]) {
      const response = await signIn(client, staff.username, { [KEY]: { url, userType: 'STAFF' } })
      response.assertStatus(302)
      response.assertHeader('location', '/dashboard')
      response.assertSessionMissing(KEY)
    }
  })

  test("a page meant for the other kind of account is not opened: a driver's page after a staff sign-in", async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const visit = await client.get('/driver').redirects(0)
    visit.assertSession(KEY, { url: '/driver', userType: 'DRIVER' })

    const response = await signIn(client, staff.username, {
      [KEY]: { url: '/driver', userType: 'DRIVER' },
    })
    response.assertHeader('location', '/dashboard')
  })

  test('drivers signing in with a code open their remembered page too', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    await client
      .post('/driver/login/code')
      .withCsrfToken()
      .form({ phonenumber: driver.phonenumber })
      .redirects(0)
    const code = await lastCodeSentTo(driver.phonenumber!)
    const response = await client
      .post('/driver/login')
      .withSession({ [KEY]: { url: '/driver?transport=1', userType: 'DRIVER' } })
      .withCsrfToken()
      .form({ phonenumber: driver.phonenumber, code })
      .redirects(0)
    response.assertHeader('location', '/driver?transport=1')
  })
})
