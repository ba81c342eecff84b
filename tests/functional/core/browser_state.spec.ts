import { test } from '@japa/runner'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { apiKeyHeaders, signedInStaff } from '#tests/support/logistics'

const PROFILE = '/api/v1/user/users/self/profile/'

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

    const anonymous = await client.get('/api/healthcheck/')
    assert.property(anonymous.cookies(), 'XSRF-TOKEN')
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
