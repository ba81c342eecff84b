import { Refusal, transactionWithRefusals } from '#core/db/refusals'
import identityConfig from '#config/identity'
import { CodeExpired, CodeLocked, CodeNotSent, InvalidCode } from '#auth/exceptions/auth_errors'
import {
  PHONE_CODES_TABLE,
  hashCode,
  openCodeForUpdate,
  type CodePurpose,
} from '#auth/services/phone_codes'
import { iso, randomSecret, sameDigest, sha256 } from '#auth/services/secrets'

/**
 * Checks a one-time code: single use, 3 minutes, 5 wrong guesses and the
 * code is dead (the wrong guess is counted even though the request fails,
 * so the failure is thrown after commit). A sign-up code hands back a
 * ticket that `signup/` spends; a sign-in code just proves the number.
 */
export class ConfirmPhoneCode {
  async handle(phonenumber: string, purpose: CodePurpose, code: string) {
    return transactionWithRefusals(async (trx) => {
      const row = await openCodeForUpdate(trx, phonenumber, purpose)
      if (!row) return new Refusal(new CodeNotSent())

      const now = new Date()
      const close = (extra: Record<string, unknown> = {}) =>
        trx
          .from(PHONE_CODES_TABLE)
          .where('id', row.id)
          .update({ closed_at: iso(now), ...extra })

      const maxAttempts = identityConfig.phoneCodes.maxFailedAttempts
      if (row.failed_attempts >= maxAttempts) return new Refusal(new CodeLocked())
      if (new Date(row.expires_at).getTime() <= now.getTime()) {
        await close()
        return new Refusal(new CodeExpired())
      }

      if (!sameDigest(row.code_hash, hashCode(row, code))) {
        const failed = row.failed_attempts + 1
        await trx.from(PHONE_CODES_TABLE).where('id', row.id).update({ failed_attempts: failed })
        return new Refusal(new InvalidCode(maxAttempts - failed))
      }

      const ticket = purpose === 'signup' ? randomSecret() : null
      await close({ confirmed_at: iso(now), ticket_hash: ticket ? sha256(ticket) : null })
      return { ticket }
    })
  }
}
