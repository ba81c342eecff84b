import { Secret, TOTP } from 'otpauth'
import identityConfig from '#config/identity'

/**
 * RFC 6238 as every authenticator app reads it: HMAC-SHA-1, 6 digits,
 * 30-second steps. A code is accepted for the current step and one either
 * side (clock drift); the caller refuses a step already used.
 */
const PARAMETERS = { algorithm: 'SHA1', digits: 6, period: 30 } as const
const WINDOW = 1

/** A new secret: 160 random bits (RFC 4226's recommended length), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totp(secret: string, label = '') {
  return new TOTP({
    ...PARAMETERS,
    issuer: identityConfig.secondFactor.issuer,
    label,
    secret: Secret.fromBase32(secret),
  })
}

/** The `otpauth://totp/…` URI the enrolment QR code carries. */
export function otpauthUri(secret: string, username: string): string {
  return totp(secret, username).toString()
}

/** The time step (30-second counter) this code is valid for, or null. */
export function stepOfCode(secret: string, code: string, timestamp = Date.now()): number | null {
  const generator = totp(secret)
  const delta = generator.validate({ token: code, timestamp, window: WINDOW })
  return delta === null ? null : generator.counter({ timestamp }) + delta
}

/** Whether the input has the shape of an authenticator code (else: a recovery code). */
export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(input)
}
