import { createHmac, hkdfSync } from 'node:crypto'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import env from '#start/env'
import identityConfig from '#config/identity'
import type { AuthenticatedUser } from '#core/auth/principal'
import { regionOf } from '#core/validation/phone_number'
import { iso } from '#auth/services/secrets'

export const PHONE_CODES_TABLE = 'auth_phone_codes'
export type CodePurpose = 'signin' | 'signup'

export type PhoneCodeRow = {
  id: string
  phonenumber: string
  purpose: CodePurpose
  code_hash: string
  failed_attempts: number
  created_at: Date | string
  expires_at: Date | string
  closed_at: Date | string | null
  confirmed_at: Date | string | null
}

export function isBypassNumber(phonenumber: string): boolean {
  return identityConfig.bypass?.pattern.test(phonenumber) ?? false
}

/** Whether SMS may go to this number's country (`SMS_ALLOWED_COUNTRIES`). */
export function smsMayGoTo(phonenumber: string): boolean {
  const region = regionOf(phonenumber)
  return region !== null && identityConfig.sms.allowedCountries.includes(region)
}

/**
 * Seconds before this number may be sent another code (0: now). The n-th
 * code within the window waits the n-th cooldown after the previous one;
 * the caller holds the number's lock.
 */
export async function cooldownLeft(
  trx: TransactionClientContract,
  phonenumber: string,
  now: number
): Promise<number> {
  const { cooldownsSeconds, cooldownWindowSeconds } = identityConfig.phoneCodes
  const recent: { created_at: Date | string }[] = await trx
    .from(PHONE_CODES_TABLE)
    .where('phonenumber', phonenumber)
    .where('created_at', '>', iso(new Date(now - cooldownWindowSeconds * 1000)))
    .orderBy('created_at', 'desc')
    .select('created_at')
  if (recent.length === 0) return 0
  const cooldown = cooldownsSeconds[Math.min(recent.length, cooldownsSeconds.length) - 1]
  const frees = new Date(recent[0].created_at).getTime() + cooldown * 1000
  return Math.max(0, Math.ceil((frees - now) / 1000))
}

/**
 * A phone and a code are one factor: enough for a driver, never for staff
 * (who sign in with username and password).
 */
export function canSignInWithCode(user: AuthenticatedUser): boolean {
  return user.type === 'DRIVER'
}

/**
 * The key phone codes are hashed under: derived from APP_KEY with HKDF, so
 * it lives only in the app's environment, never in the database (ADR 0008).
 */
let codeKey: Buffer | undefined
function phoneCodeKey() {
  codeKey ??= Buffer.from(
    hkdfSync('sha256', env.get('APP_KEY').release(), '', 'waybill:auth:phone-codes:v1', 32)
  )
  return codeKey
}

/**
 * Codes are stored as an HMAC under a server-side key, bound to the phone
 * number and purpose: a million possible codes are no protection against
 * whoever can compute the hash, so a leaked database must not be enough.
 */
export function hashCode(row: { phonenumber: string; purpose: CodePurpose }, code: string) {
  return createHmac('sha256', phoneCodeKey())
    .update(`${row.purpose}:${row.phonenumber}:${code}`)
    .digest('hex')
}

/** The code a confirmation is checked against, locked. */
export function openCodeForUpdate(
  trx: TransactionClientContract,
  phonenumber: string,
  purpose: CodePurpose
): Promise<PhoneCodeRow | null> {
  return trx
    .from(PHONE_CODES_TABLE)
    .where({ phonenumber, purpose })
    .whereNull('closed_at')
    .orderBy('created_at', 'desc')
    .forUpdate()
    .first()
}
