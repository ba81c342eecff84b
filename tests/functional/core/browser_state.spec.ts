import { test } from '@japa/runner'
import emitter from '@adonisjs/core/services/emitter'
import { Secret } from '@adonisjs/core/helpers'
import env from '#start/env'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { apiKeyHeaders, signedInStaff } from '#tests/support/logistics'

const PROFILE = '/api/v1/user/users/self/profile/'
const API_CSP = "default-src 'none'; frame-ancestors 'none'"

test.group('Sessions are for browsers: API calls with their own credentials', (group) => {
  freshIdentityState(group)

  test('a bearer-token call gets no cookies but keeps the security headers', async ({
    client,
    assert,
  }) => {
    const { user, headers } = await signedInStaff()

    const response = await client.get(PROFILE).headers(headers)

    response.assertStatus(200)
    response.assertBodyContains({ uuid: user.uuid })
    assert.isUndefined(response.header('set-cookie'))
    response.assertHeader('x-frame-options', 'DENY')
    response.assertHeader('x-content-type-options', 'nosniff')
    assert.match(response.header('strict-transport-security') ?? '', /^max-age=\d+/)
    // JSON loads nothing and is framed by nobody: no script nonce, the same policy every time.
    response.assertHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
  })

  test('an API call is never an Inertia visit, whatever its headers say', async ({ client }) => {
    const { user, headers } = await signedInStaff()

    // A page visit from a stale build gets 409 and a reload; the API has no pages to reload.
    const response = await client
      .get(PROFILE)
      .headers({ ...headers, 'x-inertia': 'true', 'x-inertia-version': 'an-older-build' })

    response.assertStatus(200)
    response.assertBodyContains({ uuid: user.uuid })
    response.assertHeaderMissing('x-inertia-location')
  })

  test('pages keep their own policy, with a fresh script nonce each time', async ({
    client,
    assert,
  }) => {
    const first = await client.get('/login')
    const second = await client.get('/login')

    first.assertStatus(200)
    const policy = (response: typeof first) => response.header('content-security-policy') ?? ''
    const nonceOf = (text: string) => /'nonce-([^']+)'/.exec(text)?.[1]
    const nonce = nonceOf(policy(first))
    assert.isString(nonce)
    assert.notEqual(nonceOf(policy(second)), nonce)
    assert.include(policy(first), "default-src 'self'")
  })

  test('an API-key call gets no cookies', async ({ client, assert }) => {
    const response = await client
      .get('/api/v1/shipping/transports/')
      .headers(await apiKeyHeaders(['shipping:read']))

    response.assertStatus(200)
    assert.isUndefined(response.header('set-cookie'))
    response.assertHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    response.assertHeader('x-frame-options', 'DENY')
  })

  test('a token write needs no CSRF token, even from a browser that is signed in', async ({
    client,
  }) => {
    const browserUser = await createUser({ type: 'STAFF' })
    const { user, headers } = await signedInStaff()

    const response = await client
      .patch(PROFILE)
      .loginAs(browserUser)
      .headers(headers)
      .json({ fullname: 'Token Holder' })

    response.assertStatus(200)
    response.assertBodyContains({ uuid: user.uuid, fullname: 'Token Holder' })
  })

  test('an Authorization header replaces the session: an unknown scheme is anonymous', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })

    const response = await client
      .get(PROFILE)
      .loginAs(staff)
      .header('authorization', 'Basic c3RhZmY6c2VjcmV0')

    response.assertStatus(401)
  })

  test('browser calls keep their session and CSRF cookies', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })

    const api = await client.get(PROFILE).loginAs(staff)
    api.assertStatus(200)
    api.assertBodyContains({ uuid: staff.uuid })
    assert.properties(api.cookies(), ['XSRF-TOKEN', 'waybill-session'])
  })
})

/**
 * Requests as a probe or a partner system sends them: through fetch, since
 * the test client adds a session cookie to every request it sends.
 */
function machineGet(path: string, headers: Record<string, string> = {}) {
  return fetch(`http://${process.env.HOST}:${process.env.PORT}${path}`, { headers })
}

test.group('Sessions are for browsers: machines start none', (group) => {
  freshIdentityState(group)

  /** Counts the sessions requests start from here on. */
  function sessionsStarted(cleanup: (handler: () => void) => void) {
    const started = { count: 0 }
    cleanup(emitter.on('session:initiated', () => started.count++))
    return started
  }

  test('probes and anonymous API calls get no session and no cookies', async ({
    assert,
    cleanup,
  }) => {
    const started = sessionsStarted(cleanup)
    const paths = ['/health/live', '/health/ready/', '/api/healthcheck/', PROFILE]

    const answers = await Promise.all(paths.map((path) => machineGet(path)))

    // No credentials: the API refuses, as before, without a session to refuse it with.
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200, 200, 401]
    )
    for (const [index, answer] of answers.entries()) {
      assert.deepEqual(answer.headers.getSetCookie(), [], paths[index])
      assert.equal(answer.headers.get('content-security-policy'), API_CSP, paths[index])
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', paths[index])
    }
    assert.equal(started.count, 0)
  })

  test('a metrics scrape gets no session', async ({ assert, cleanup }) => {
    env.set('METRICS_TOKEN', new Secret('browser-state-test'))
    cleanup(() => {
      env.set('METRICS_TOKEN', undefined)
      // Set to undefined, process.env holds the string "undefined".
      delete process.env.METRICS_TOKEN
    })
    const started = sessionsStarted(cleanup)

    const scrape = await machineGet('/metrics', { authorization: 'Bearer browser-state-test' })

    assert.equal(scrape.status, 200)
    assert.deepEqual(scrape.headers.getSetCookie(), [])
    assert.equal(started.count, 0)
  })

  test('a page still starts one: its forms need the CSRF secret', async ({ assert, cleanup }) => {
    const started = sessionsStarted(cleanup)

    // A missing page is a page too, under /health as anywhere.
    const pages = await Promise.all(
      ['/login', '/health/nothing-here'].map((path) => machineGet(path))
    )

    assert.deepEqual(
      pages.map((page) => page.status),
      [200, 404]
    )
    for (const page of pages) {
      const names = page.headers.getSetCookie().map((line) => line.split('=')[0])
      assert.includeMembers(names, ['XSRF-TOKEN', 'waybill-session'])
      assert.include(page.headers.get('content-security-policy'), "default-src 'self'")
    }
    assert.equal(started.count, 2)
  })

  test('an API call that brings a session cookie keeps that session', async ({
    assert,
    cleanup,
  }) => {
    const page = await machineGet('/login')
    const session = page.headers
      .getSetCookie()
      .find((line) => line.startsWith('waybill-session='))!
      .split(';')[0]
    const started = sessionsStarted(cleanup)

    const api = await machineGet('/api/healthcheck/', { cookie: `theme=dark; ${session}` })

    assert.equal(api.status, 200)
    assert.equal(started.count, 1)
    // Its cookie is renewed, as on any browser call.
    assert.isTrue(api.headers.getSetCookie().some((line) => line.startsWith('waybill-session=')))
  })
})

test.group('Flash messages and a page’s own JSON reads', (group) => {
  freshIdentityState(group)

  test('a picker fetched before the redirected page leaves its flash to that page', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const flashed = { success: 'Dora Driver will drive this transport.' }

    // The combobox's options, asked for while the form's redirect was on its way.
    const picker = await client
      .get('/shipping/transports/drivers')
      .header('accept', 'application/json')
      .withFlashMessages(flashed)
      .loginAs(staff)
    picker.assertStatus(200)
    assert.deepEqual(picker.flashMessages(), flashed)

    // The page itself (an Inertia visit) shows them, and they are gone after.
    const page = await client
      .get('/shipping/transports')
      .withInertia()
      .withFlashMessages(flashed)
      .loginAs(staff)
    page.assertStatus(200)
    assert.deepEqual(page.inertiaProps.flash, flashed)
    assert.deepEqual(page.flashMessages(), {})
  })
})
