import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import identityConfig from '#config/identity'
import type { AuthenticatedUser } from '#core/auth/principal'
import { sha256 } from '#auth/services/secrets'

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

/**
 * A phone and a code are one factor: enough for a driver, never for staff
 * (who sign in with username and password).
 */
export function canSignInWithCode(user: AuthenticatedUser): boolean {
  return user.type === 'DRIVER'
}

/**
 * Codes are hashed with the phone number and purpose, so a stored hash is
 * useless for any other number or flow.
 */
export function hashCode(row: { phonenumber: string; purpose: CodePurpose }, code: string) {
  return sha256(`${row.purpose}:${row.phonenumber}:${code}`)
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
