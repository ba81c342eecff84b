import { createHmac, hkdfSync, randomInt } from 'node:crypto'
import env from '#start/env'

/**
 * Recovery codes: 10 characters of Crockford's base32 (no i, l, o, u; 50
 * bits each), shown as `xxxxx-xxxxx`. Stored as an HMAC under a key derived
 * from APP_KEY and bound to the user, like phone codes (ADR 0008): the
 * database alone gives none away.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'
const LENGTH = 10

export function newRecoveryCode(): string {
  let code = ''
  for (let index = 0; index < LENGTH; index++) code += ALPHABET[randomInt(0, ALPHABET.length)]
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

/**
 * What a person typed, as stored: lower case, without spaces or dashes, the
 * look-alikes read as Crockford does (o → 0, i and l → 1); null if it cannot
 * be a code.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1')
  if (code.length !== LENGTH) return null
  for (const letter of code) if (!ALPHABET.includes(letter)) return null
  return code
}

let recoveryKey: Buffer | undefined
function key() {
  recoveryKey ??= Buffer.from(
    hkdfSync('sha256', env.get('APP_KEY').release(), '', 'waybill:auth:recovery-codes:v1', 32)
  )
  return recoveryKey
}

/** The stored form of a normalized code. */
export function hashRecoveryCode(userUuid: string, normalized: string): string {
  return createHmac('sha256', key()).update(`${userUuid}:${normalized}`).digest('hex')
}
