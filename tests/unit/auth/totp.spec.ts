import { test } from '@japa/runner'
import { Secret } from 'otpauth'
import { looksLikeTotpCode, newTotpSecret, otpauthUri, stepOfCode } from '#auth/services/totp'
import { normalizeRecoveryCode, newRecoveryCode } from '#auth/services/recovery_codes'

/** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32
const at = (seconds: number) => seconds * 1000

test.group('TOTP (RFC 6238: SHA-1, 6 digits, 30 s, one step of drift)', () => {
  test('the RFC test vectors, as 6 digits, name their time step', ({ assert }) => {
    // 8-digit values from the RFC; an authenticator shows their last 6 digits.
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
    ]
    for (const [seconds, code] of vectors) {
      assert.equal(stepOfCode(RFC_SECRET, code.slice(2), at(seconds)), Math.floor(seconds / 30))
    }
  })

  test('a code is accepted one step early or late, not two', ({ assert }) => {
    const code = '287082' // step 1 (T = 30…59 s)
    assert.equal(stepOfCode(RFC_SECRET, code, at(5)), 1) // during step 0
    assert.equal(stepOfCode(RFC_SECRET, code, at(89)), 1) // during step 2
    assert.isNull(stepOfCode(RFC_SECRET, code, at(90))) // step 3
    assert.isNull(stepOfCode(RFC_SECRET, '287083', at(59)))
  })

  test('new secrets are 160 random bits; the QR code URI names the parameters', ({ assert }) => {
    const secret = newTotpSecret()
    assert.match(secret, /^[A-Z2-7]{32}$/)
    assert.notEqual(newTotpSecret(), secret)
    const uri = new URL(otpauthUri(secret, 'bea'))
    assert.equal(uri.protocol, 'otpauth:')
    assert.equal(uri.host, 'totp')
    assert.equal(decodeURIComponent(uri.pathname), '/Waybill:bea')
    assert.equal(uri.searchParams.get('secret'), secret)
    assert.equal(uri.searchParams.get('issuer'), 'Waybill')
    assert.equal(uri.searchParams.get('algorithm'), 'SHA1')
    assert.equal(uri.searchParams.get('digits'), '6')
    assert.equal(uri.searchParams.get('period'), '30')
  })

  test('six digits are an app code; recovery codes are read forgivingly', ({ assert }) => {
    assert.isTrue(looksLikeTotpCode('012345'))
    assert.isFalse(looksLikeTotpCode('12345'))
    const code = newRecoveryCode()
    assert.match(code, /^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/)
    assert.equal(normalizeRecoveryCode(code), code.replace('-', ''))
    assert.equal(normalizeRecoveryCode(' 7K2MQ X9D4E '), '7k2mqx9d4e')
    assert.equal(normalizeRecoveryCode('o1l1i-abcde'), '01111abcde')
    assert.isNull(normalizeRecoveryCode('7k2mq-x9d4'))
    assert.isNull(normalizeRecoveryCode('7k2mq-x9d4u'))
  })
})
