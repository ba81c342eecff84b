import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import identityConfig from '#config/identity'
import { createUser, freshIdentityState, PASSWORD } from '#tests/support/identity'
import {
  awayFromStepEdge,
  codeFor,
  enrolSecondFactor,
  secretOf,
  wrongCodeFor,
} from '#tests/support/second_factor'

type SettingsProps = {
  status: {
    enabled: boolean
    enabledAt: string | null
    recoveryCodesLeft: number
    required: boolean
  }
  enrolment: { secret: string; qrCode: string; uri: string } | null
  recoveryCodes: string[] | null
  disable: { allowed: boolean; reason: string | null }
}

const RECOVERY_CODE = /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/

/**
 * Security settings: setting up an authenticator app, recovery codes,
 * turning the second factor off.
 */
test.group('Security settings: /auth/two-factor', (group) => {
  freshIdentityState(group)

  test('staff see it off; drivers get the 403 page and anonymous visitors the sign-in page', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const page = await client.get('/auth/two-factor').withInertia().loginAs(staff)
    page.assertStatus(200)
    page.assertInertiaComponent('auth/two_factor')
    const { status, enrolment, recoveryCodes, disable } = page.inertiaProps as SettingsProps
    assert.deepEqual(
      { status, enrolment, recoveryCodes, disable },
      {
        status: { enabled: false, enabledAt: null, recoveryCodesLeft: 0, required: false },
        enrolment: null,
        recoveryCodes: null,
        disable: { allowed: true, reason: null },
      }
    )

    const driver = await createUser({ type: 'DRIVER' })
    const asDriver = await client.get('/auth/two-factor').withInertia().loginAs(driver)
    asDriver.assertStatus(403)
    asDriver.assertInertiaComponent('core/errors/forbidden')

    const anonymous = await client.get('/auth/two-factor').redirects(0)
    anonymous.assertHeader('location', '/login')
    const anonymousStart = await client
      .post('/auth/two-factor/enrolment')
      .withCsrfToken()
      .redirects(0)
    anonymousStart.assertHeader('location', '/login')
    assert.lengthOf(await db.from('auth_totp_secrets'), 0)
  })

  test('set-up keeps the secret encrypted and shows it as a key and a QR code until confirmed', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const started = await client
      .post('/auth/two-factor/enrolment')
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    started.assertHeader('location', '/auth/two-factor')

    const secret = await secretOf(staff.uuid)
    const [row] = await db.from('auth_totp_secrets').where('user_uuid', staff.uuid)
    assert.notInclude(row.secret_ciphertext, secret)
    assert.isNull(row.confirmed_at)

    const page = await client.get('/auth/two-factor').withInertia().loginAs(staff)
    const props = page.inertiaProps as SettingsProps
    assert.isFalse(props.status.enabled)
    assert.equal(props.enrolment!.secret.replaceAll(' ', ''), secret)
    assert.match(props.enrolment!.qrCode, /^data:image\/svg\+xml;base64,/)
    assert.include(props.enrolment!.uri, `secret=${secret}`)
    const svg = Buffer.from(props.enrolment!.qrCode.split(',')[1], 'base64').toString()
    assert.match(svg, /^<svg[^>]*viewBox/)

    // Starting again replaces an unconfirmed secret; cancelling drops it.
    await client.post('/auth/two-factor/enrolment').loginAs(staff).withCsrfToken()
    assert.notEqual(await secretOf(staff.uuid), secret)
    const cancelled = await client
      .delete('/auth/two-factor/enrolment')
      .loginAs(staff)
      .withCsrfToken()
      .redirects(0)
    cancelled.assertFlashMessage('success', 'Set-up cancelled. Two-factor sign-in is still off.')
    assert.lengthOf(await db.from('auth_totp_secrets'), 0)
  })

  test('a wrong code is refused and leaves it off; the right one turns it on and shows 10 recovery codes once', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    await client.post('/auth/two-factor/enrolment').loginAs(staff).withCsrfToken()
    const secret = await secretOf(staff.uuid)
    await awayFromStepEdge()

    const wrong = await client
      .post('/auth/two-factor/enrolment/confirm')
      .loginAs(staff)
      .withCsrfToken()
      .header('referer', '/auth/two-factor')
      .form({ code: wrongCodeFor(secret) })
      .redirects(0)
    wrong.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    assert.isUndefined(wrong.flashMessages().recoveryCodes)
    const [pending] = await db.from('auth_totp_secrets').where('user_uuid', staff.uuid)
    assert.isNull(pending.confirmed_at)
    assert.lengthOf(await db.from('auth_recovery_codes'), 0)

    const right = await client
      .post('/auth/two-factor/enrolment/confirm')
      .loginAs(staff)
      .withCsrfToken()
      .form({ code: codeFor(secret) })
      .redirects(0)
    right.assertHeader('location', '/auth/two-factor')
    const codes = right.flashMessage('recoveryCodes') as unknown as string[]
    assert.lengthOf(codes, 10)
    assert.lengthOf(new Set(codes), 10)
    for (const code of codes) assert.match(code, RECOVERY_CODE)

    // Stored as keyed hashes only.
    const stored = await db.from('auth_recovery_codes').where('user_uuid', staff.uuid)
    assert.lengthOf(stored, 10)
    const hashes = stored.map((row) => row.code_hash).join(' ')
    for (const code of codes) {
      assert.notInclude(hashes, code.replace('-', ''))
      assert.notInclude(hashes, code)
    }

    // The page shows them with the redirect's flash, and never again.
    const once = await client
      .get('/auth/two-factor')
      .withInertia()
      .withFlashMessages({ recoveryCodes: codes })
      .loginAs(staff)
    assert.deepEqual((once.inertiaProps as SettingsProps).recoveryCodes, codes)
    const later = await client.get('/auth/two-factor').withInertia().loginAs(staff)
    const props = later.inertiaProps as SettingsProps
    assert.isNull(props.recoveryCodes)
    assert.isNull(props.enrolment)
    assert.isTrue(props.status.enabled)
    assert.isString(props.status.enabledAt)
    assert.equal(props.status.recoveryCodesLeft, 10)

    // Already on: set-up cannot start over it.
    const again = await client
      .post('/auth/two-factor/enrolment')
      .loginAs(staff)
      .withCsrfToken()
      .header('referer', '/auth/two-factor')
      .redirects(0)
    again.assertFlashMessage('error', 'Two-factor sign-in is already on for this account.')
    assert.equal(await secretOf(staff.uuid), secret)
  })

  test('new recovery codes, for a current code, replace all the old ones', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret, recoveryCodes } = await enrolSecondFactor(staff)

    const refused = await client
      .post('/auth/two-factor/recovery-codes')
      .loginAs(staff)
      .withCsrfToken()
      .header('referer', '/auth/two-factor')
      .form({ code: wrongCodeFor(secret) })
      .redirects(0)
    refused.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    assert.isUndefined(refused.flashMessages().recoveryCodes)

    const made = await client
      .post('/auth/two-factor/recovery-codes')
      .loginAs(staff)
      .withCsrfToken()
      .form({ code: recoveryCodes[0] })
      .redirects(0)
    const fresh = made.flashMessage('recoveryCodes') as unknown as string[]
    assert.lengthOf(fresh, 10)
    assert.isEmpty(fresh.filter((code) => recoveryCodes.includes(code)))

    const signIn = (otp: string) =>
      client
        .post('/api/v1/auth/signin/')
        .json({ username: staff.username, password: PASSWORD, otp })
    const old = await signIn(recoveryCodes[1])
    old.assertStatus(401)
    old.assertBodyContains({ errors: [{ code: 'mfa_invalid' }] })
    const current = await signIn(fresh[0])
    current.assertStatus(200)
  })

  test('turning it off needs the password and a current code', async ({ client, assert }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { secret } = await enrolSecondFactor(staff)
    const turnOff = (form: { password: string; code: string }) =>
      client
        .delete('/auth/two-factor')
        .loginAs(staff)
        .withCsrfToken()
        .header('referer', '/auth/two-factor')
        .form(form)
        .redirects(0)
    const isOn = async () => {
      const rows = await db
        .from('auth_totp_secrets')
        .where('user_uuid', staff.uuid)
        .whereNotNull('confirmed_at')
      return rows.length === 1
    }

    const wrongPassword = await turnOff({ password: 'not-it', code: codeFor(secret) })
    wrongPassword.assertFlashMessage('error', 'The password is not right.')
    assert.isTrue(await isOn())

    const wrongCode = await turnOff({ password: PASSWORD, code: wrongCodeFor(secret) })
    wrongCode.assertFlashMessage('error', 'That code is not valid, or it was already used.')
    assert.isTrue(await isOn())

    const missing = await turnOff({ password: PASSWORD, code: '' })
    missing.assertStatus(302)
    assert.isTrue(await isOn())

    const done = await turnOff({ password: PASSWORD, code: codeFor(secret) })
    done.assertFlashMessage('success', 'Two-factor sign-in is off.')
    assert.isFalse(await isOn())
    assert.lengthOf(await db.from('auth_totp_secrets'), 0)
    assert.lengthOf(await db.from('auth_recovery_codes'), 0)

    const signIn = await client
      .post('/api/v1/auth/signin/')
      .json({ username: staff.username, password: PASSWORD })
    signIn.assertStatus(200)
  })

  test('with STAFF_MFA=required administrators cannot turn it off, and the page says why', async ({
    client,
    assert,
    cleanup,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const { secret } = await enrolSecondFactor(admin)
    identityConfig.secondFactor.staffMfa = 'required'
    cleanup(() => {
      identityConfig.secondFactor.staffMfa = 'optional'
    })

    const page = await client.get('/auth/two-factor').withInertia().loginAs(admin)
    const props = page.inertiaProps as SettingsProps
    assert.isTrue(props.status.required)
    assert.deepEqual(props.disable, {
      allowed: false,
      reason: 'Administrators must keep two-factor sign-in on (STAFF_MFA=required).',
    })

    const refused = await client
      .delete('/auth/two-factor')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/auth/two-factor')
      .form({ password: PASSWORD, code: codeFor(secret) })
      .redirects(0)
    refused.assertFlashMessage(
      'error',
      'Administrators must keep two-factor sign-in on (STAFF_MFA=required).'
    )
    assert.lengthOf(await db.from('auth_totp_secrets').whereNotNull('confirmed_at'), 1)
  })
})
