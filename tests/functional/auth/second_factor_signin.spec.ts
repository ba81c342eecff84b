import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import identityConfig from '#config/identity'
import {
  PASSWORD,
  bearer,
  createUser,
  freshIdentityState,
  tokensFor,
} from '#tests/support/identity'
import { codeFor, enrolSecondFactor, wrongCodeFor } from '#tests/support/second_factor'

const CHALLENGE = 'auth_second_factor_challenge'
type Challenge = { uuid: string; username: string; expiresAt: number }

/** The password step of /login: answers the session it leaves (not signed in, a challenge open). */
async function passwordStep(client: ApiClient, username: string) {
  const response = await client
    .post('/login')
    .withCsrfToken()
    .form({ username, password: PASSWORD })
    .redirects(0)
  return { response, challenge: response.session()[CHALLENGE] as Challenge }
}

/** The code step of /login with the challenge the password step opened. */
function codeStep(client: ApiClient, challenge: Challenge, code: string) {
  return client
    .post('/login/two-factor')
    .withCsrfToken()
    .withSession({ [CHALLENGE]: challenge })
    .header('referer', '/login/two-factor')
    .form({ code })
    .redirects(0)
}

test.group('Staff sign-in with a second factor (/login, then /login/two-factor)', (group) => {
  freshIdentityState(group)

  test('the password alone does not sign in; the code completes it', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF', fullname: 'Tess Totp' })
    const { secret } = await enrolSecondFactor(staff)

    const { response, challenge } = await passwordStep(client, staff.username)
    response.assertStatus(302)
    response.assertHeader('location', '/login/two-factor')
    response.assertSessionMissing('auth_web')
    assert.equal(challenge.uuid, staff.uuid)

    // Half signed in opens nothing.
    const console = await client
      .get('/dashboard')
      .withSession({ [CHALLENGE]: challenge })
      .redirects(0)
    console.assertHeader('location', '/login')

    const page = await client
      .get('/login/two-factor')
      .withInertia()
      .withSession({ [CHALLENGE]: challenge })
    page.assertStatus(200)
    page.assertInertiaComponent('auth/login_two_factor')
    assert.deepInclude(page.inertiaProps, { username: staff.username })

    const signedIn = await codeStep(client, challenge, codeFor(secret))
    signedIn.assertHeader('location', '/dashboard')
    signedIn.assertSession('auth_web', staff.uuid)
    signedIn.assertSessionMissing(CHALLENGE)
  })

  test('a wrong code does not sign in; a code already used is refused (no replay)', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)

    const first = await passwordStep(client, staff.username)
    const wrong = await codeStep(client, first.challenge, wrongCodeFor(secret))
    wrong.assertHeader('location', '/login/two-factor')
    wrong.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    wrong.assertSessionMissing('auth_web')

    const code = codeFor(secret)
    const used = await codeStep(client, first.challenge, code)
    used.assertSession('auth_web', staff.uuid)

    // Seen over someone's shoulder, or sent twice: the same 30-second step again.
    const second = await passwordStep(client, staff.username)
    const replayed = await codeStep(client, second.challenge, code)
    replayed.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    replayed.assertSessionMissing('auth_web')

    // The next step's code still works (drift of one step).
    const next = await codeStep(client, second.challenge, codeFor(secret, 1))
    next.assertSession('auth_web', staff.uuid)
  })

  test('a recovery code signs in once, typed however', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { recoveryCodes } = await enrolSecondFactor(staff)
    const typed = ` ${recoveryCodes[3].toUpperCase().replace('-', ' ')} `

    const first = await passwordStep(client, staff.username)
    const signedIn = await codeStep(client, first.challenge, typed)
    signedIn.assertHeader('location', '/dashboard')
    signedIn.assertSession('auth_web', staff.uuid)

    const second = await passwordStep(client, staff.username)
    const again = await codeStep(client, second.challenge, recoveryCodes[3])
    again.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    again.assertSessionMissing('auth_web')
  })

  test('the code step needs a live challenge: none, or one past 5 minutes, is sent back to /login', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)

    const none = await client.get('/login/two-factor').redirects(0)
    none.assertHeader('location', '/login')

    const { challenge } = await passwordStep(client, staff.username)
    assert.closeTo(challenge.expiresAt, Date.now() + 5 * 60 * 1000, 5_000)
    const stale = { ...challenge, expiresAt: Date.now() - 1 }
    const page = await client
      .get('/login/two-factor')
      .withSession({ [CHALLENGE]: stale })
      .redirects(0)
    page.assertHeader('location', '/login')

    const late = await codeStep(client, stale, codeFor(secret))
    late.assertHeader('location', '/login')
    late.assertFlashMessage('error', 'That took too long: enter your password again.')
    late.assertSessionMissing('auth_web')
  })

  test('five wrong codes close the code step for 15 minutes, even for the right code, on /login and the API', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const bystander = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)
    const other = await enrolSecondFactor(bystander)

    const { challenge } = await passwordStep(client, staff.username)
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await codeStep(client, challenge, wrongCodeFor(secret))
      wrong.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    }
    const blocked = await codeStep(client, challenge, codeFor(secret))
    assert.match(
      String(blocked.flashMessage('error')),
      /^Request was throttled\. Expected available in (89\d|900) seconds\.$/
    )
    blocked.assertSessionMissing('auth_web')

    const api = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: PASSWORD, otp: codeFor(secret) })
    api.assertStatus(429)
    api.assertBodyContains({ errors: [{ code: 'throttled' }] })

    // Per account: someone else's code step is open.
    const theirs = await passwordStep(client, bystander.username)
    const fine = await codeStep(client, theirs.challenge, codeFor(other.secret))
    fine.assertSession('auth_web', bystander.uuid)
  })
})

test.group('POST /api/v1/auth/signin/ with a second factor (otp)', (group) => {
  freshIdentityState(group)

  const signIn = (client: ApiClient, username: string, otp?: string) =>
    client.post('/api/v1/auth/signin/').json({ username, password: PASSWORD, otp })

  test('without otp: 401 mfa_required; a wrong or replayed code: 401 mfa_invalid; the right code: tokens', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)

    const missing = await signIn(client, staff.username)
    missing.assertStatus(401)
    missing.assertBody({
      errors: [
        {
          message:
            'This account signs in with a second factor: send the authenticator code (or a recovery code) as otp.',
          code: 'mfa_required',
        },
      ],
    })

    const wrong = await signIn(client, staff.username, wrongCodeFor(secret))
    wrong.assertStatus(401)
    wrong.assertBody({
      errors: [{ message: 'That code is not valid, or it was already used.', code: 'mfa_invalid' }],
    })

    const code = codeFor(secret)
    const right = await signIn(client, staff.username, code)
    right.assertStatus(200)
    assert.match(right.body().access, /^oat_/)
    const profile = await client
      .get('/api/v1/user/users/self/profile/')
      .headers(bearer(right.body().access))
    profile.assertStatus(200)

    const replayed = await signIn(client, staff.username, code)
    replayed.assertStatus(401)
    replayed.assertBodyContains({ errors: [{ code: 'mfa_invalid' }] })

    // The wrong password is still the password's answer, whatever otp says.
    const wrongPassword = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: 'nope-nope', otp: codeFor(secret, 1) })
    wrongPassword.assertStatus(400)
    wrongPassword.assertBodyContains({ errors: [{ code: 'invalid_credentials' }] })
  })

  test('a recovery code works once', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { recoveryCodes } = await enrolSecondFactor(staff)
    const first = await signIn(client, staff.username, recoveryCodes[0])
    first.assertStatus(200)
    const again = await signIn(client, staff.username, recoveryCodes[0])
    again.assertStatus(401)
    again.assertBodyContains({ errors: [{ code: 'mfa_invalid' }] })
  })

  test('otp is ignored for an account without a second factor', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await signIn(client, staff.username, '123456')
    response.assertStatus(200)
  })
})

test.group('STAFF_MFA=required: administrators set up a second factor first', (group) => {
  freshIdentityState(group)
  group.each.setup(() => {
    identityConfig.secondFactor.staffMfa = 'required'
    return () => {
      identityConfig.secondFactor.staffMfa = 'optional'
    }
  })

  test('an administrator without one signs in only to set it up: every other page sends them there', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const login = await client
      .post('/login')
      .withCsrfToken()
      .form({ username: admin.username, password: PASSWORD })
      .redirects(0)
    login.assertHeader('location', '/auth/two-factor')
    login.assertSession('auth_web', admin.uuid)

    for (const path of ['/dashboard', '/shipping/items']) {
      const page = await client.get(path).withInertia().loginAs(admin).redirects(0)
      page.assertStatus(302)
      page.assertHeader('location', '/auth/two-factor')
    }
    const settings = await client.get('/auth/two-factor').withInertia().loginAs(admin)
    settings.assertStatus(200)
    settings.assertInertiaComponent('auth/two_factor')
    assert.isTrue((settings.inertiaProps as { status: { required: boolean } }).status.required)

    // The browser session cannot go round the pages through the API.
    const api = await client.get('/api/v1/user/users/self/profile/').loginAs(admin)
    api.assertStatus(403)
    api.assertBodyContains({ errors: [{ code: 'mfa_enrolment_required' }] })

    await enrolSecondFactor(admin)
    const open = await client.get('/dashboard').withInertia().loginAs(admin)
    open.assertStatus(200)
    open.assertInertiaComponent('shipping/dashboard')
  })

  test('staff who are not administrators, and drivers, are not asked', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const page = await client.get('/dashboard').withInertia().loginAs(staff)
    page.assertStatus(200)
    const driver = await createUser({ type: 'DRIVER' })
    const driverPage = await client.get('/driver').withInertia().loginAs(driver)
    driverPage.assertStatus(200)
  })

  test('the API gives such an administrator no token, and a token from before opens nothing but sign-out', async ({
    client,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const refused = await client
      .post('/api/v1/auth/signin/')
      .json({ username: admin.username, password: PASSWORD })
    refused.assertStatus(403)
    refused.assertBodyContains({ errors: [{ code: 'mfa_enrolment_required' }] })

    const earlier = await tokensFor(admin.uuid)
    const profile = await client
      .get('/api/v1/user/users/self/profile/')
      .headers(bearer(earlier.access))
    profile.assertStatus(403)
    profile.assertBodyContains({ errors: [{ code: 'mfa_enrolment_required' }] })
    const signOut = await client
      .post('/api/v1/auth/signout/')
      .headers(bearer(earlier.access))
      .json({ refresh: earlier.refresh })
    signOut.assertStatus(204)

    const { secret } = await enrolSecondFactor(admin)
    const withCode = await client
      .post('/api/v1/auth/signin/')
      .json({ username: admin.username, password: PASSWORD, otp: codeFor(secret) })
    withCode.assertStatus(200)
  })
})

test.group('STAFF_MFA=optional (the default)', (group) => {
  freshIdentityState(group)

  test('an administrator without a second factor reaches the console and the API', async ({
    client,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const login = await client
      .post('/login')
      .withCsrfToken()
      .form({ username: admin.username, password: PASSWORD })
      .redirects(0)
    login.assertHeader('location', '/dashboard')
    const page = await client.get('/dashboard').withInertia().loginAs(admin)
    page.assertStatus(200)
    const api = await client
      .post('/api/v1/auth/signin/')
      .json({ username: admin.username, password: PASSWORD })
    api.assertStatus(200)
  })
})
