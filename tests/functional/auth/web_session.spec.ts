import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { PASSWORD, createUser, freshIdentityState, lastCodeSentTo } from '#tests/support/identity'

test.group('Browser sign-in (sessions, CSRF, audiences)', (group) => {
  freshIdentityState(group)

  test('staff sign in through the /login form and land on the dashboard', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/login')
      .withCsrfToken()
      .form({ username: staff.username, password: PASSWORD })
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    response.assertSession('auth_web', staff.uuid)
  })

  test('a form posted without the CSRF token is rejected and signs nobody in', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/login')
      .form({ username: staff.username, password: PASSWORD })
      .redirects(0)
    assert.notEqual(response.header('location'), '/dashboard')
    response.assertSessionMissing('auth_web')
  })

  test('a wrong password flashes an error and stays signed out', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/login')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ username: staff.username, password: 'wrong-password' })
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('error', 'Unable to log in with provided credentials.')
    response.assertSessionMissing('auth_web')
  })

  test('drivers sign in with a phone code and land on their app', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const requested = await client
      .post('/driver/login/code')
      .withCsrfToken()
      .form({ phonenumber: driver.phonenumber })
      .redirects(0)
    requested.assertHeader('location', '/driver/login')
    const code = await lastCodeSentTo(driver.phonenumber!)

    const response = await client
      .post('/driver/login')
      .withCsrfToken()
      .form({ phonenumber: driver.phonenumber, code })
      .redirects(0)
    response.assertHeader('location', '/driver')
    response.assertSession('auth_web', driver.uuid)
  })

  test('staff cannot ask /driver/login for a code: refused, nothing sent, not signed in', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const requested = await client
      .post('/driver/login/code')
      .withCsrfToken()
      .header('referer', '/driver/login')
      .form({ phonenumber: admin.phonenumber })
      .redirects(0)
    requested.assertStatus(302)
    requested.assertFlashMessage('error', 'This number cannot sign in with a code.')
    assert.lengthOf(await db.from('auth_phone_codes').where('phonenumber', admin.phonenumber!), 0)

    const signIn = await client
      .post('/driver/login')
      .withCsrfToken()
      .header('referer', '/driver/login')
      .form({ phonenumber: admin.phonenumber, code: '123456' })
      .redirects(0)
    signIn.assertFlashMessage('error', 'This number cannot sign in with a code.')
    signIn.assertSessionMissing('auth_web')
  })

  test('a driver is refused the staff console with a 403 page, and staff the driver app', async ({
    client,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const staff = await createUser({ type: 'STAFF' })

    const asDriver = await client.get('/dashboard').withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const asStaff = await client.get('/driver').withInertia().loginAs(staff)
    asStaff.assertStatus(403)

    const own = await client.get('/dashboard').withInertia().loginAs(staff)
    own.assertStatus(200)
    own.assertInertiaComponent('shipping/dashboard')
  })

  test('anonymous visitors are sent to the right sign-in page', async ({ client }) => {
    const console = await client.get('/dashboard').redirects(0)
    console.assertHeader('location', '/login')
    const driver = await client.get('/driver').redirects(0)
    driver.assertHeader('location', '/driver/login')
  })

  test('a session-authenticated API write needs the CSRF token', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const withoutToken = await client
      .patch('/api/v1/user/users/self/profile/')
      .loginAs(staff)
      .json({
        fullname: 'Cross Site',
      })
    withoutToken.assertStatus(403)

    const withToken = await client
      .patch('/api/v1/user/users/self/profile/')
      .loginAs(staff)
      .withCsrfToken()
      .json({ fullname: 'Same Site' })
    withToken.assertStatus(200)
    withToken.assertBodyContains({ fullname: 'Same Site' })
  })

  test('logout ends the session', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client.post('/logout').loginAs(staff).withCsrfToken().redirects(0)
    response.assertHeader('location', '/')
    response.assertSessionMissing('auth_web')
  })
})

test.group('Browser session lifetime', (group) => {
  freshIdentityState(group)

  test('a session ends 12 hours after sign-in, however active', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const hours = (n: number) => Date.now() - n * 60 * 60 * 1000

    const young = await client
      .get('/dashboard')
      .withSession({ auth_web: staff.uuid, auth_signed_in_at: hours(11) })
      .redirects(0)
    young.assertStatus(200)

    const old = await client
      .get('/dashboard')
      .withSession({ auth_web: staff.uuid, auth_signed_in_at: hours(12) })
      .redirects(0)
    old.assertStatus(302)
    old.assertHeader('location', '/login')
    old.assertSessionMissing('auth_web')
  })
})
