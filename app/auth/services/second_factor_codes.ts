import { inject } from '@adonisjs/core'
import identityConfig from '#config/identity'
import type { AuthenticatedUser } from '#core/auth/principal'
import { SecondFactorInvalid } from '#auth/exceptions/auth_errors'
import { AttemptCounter } from '#auth/services/attempt_limits'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { looksLikeTotpCode, stepOfCode } from '#auth/services/totp'
import {
  hashRecoveryCode,
  newRecoveryCode,
  normalizeRecoveryCode,
} from '#auth/services/recovery_codes'
import db from '@adonisjs/lucid/services/db'

/**
 * Whether the account must have a second factor: administrators when
 * `STAFF_MFA=required`. Such an account without one may only set it up.
 */
export function secondFactorRequiredFor(user: AuthenticatedUser): boolean {
  return (
    identityConfig.secondFactor.staffMfa === 'required' && user.type === 'STAFF' && user.isAdmin
  )
}

/** Why such an account may not turn it off (the page says it beside the disabled button). */
export const DISABLE_REFUSED =
  'Administrators must keep two-factor sign-in on (STAFF_MFA=required).'

/**
 * Checks second-factor codes: an authenticator code for a time step not
 * used before, or an unused recovery code. Every check is counted per
 * account first (`secondFactor.failures`), whichever step asks for it.
 */
@inject()
export class SecondFactorCodes {
  constructor(private store: SecondFactorStore) {}

  /**
   * Runs `check` as one attempt, counted before it runs (429 `Throttled`
   * past the limit); a check that passes starts the count again.
   */
  async counted<T>(userUuid: string, check: () => Promise<T>): Promise<T> {
    const { perAccount, windowSeconds, blockSeconds } = identityConfig.secondFactor.failures
    const attempts = new AttemptCounter(`second_factor_${userUuid}`, {
      requests: perAccount,
      windowSeconds,
      blockSeconds,
    })
    await attempts.consume()
    const result = await check()
    await attempts.clear()
    return result
  }

  /** One counted attempt: spends the code or throws `SecondFactorInvalid`. */
  verify(userUuid: string, input: string) {
    return this.counted(userUuid, () => this.spend(userUuid, input))
  }

  /** Spends the code (uncounted: inside `counted`), or throws `SecondFactorInvalid`. */
  async spend(userUuid: string, input: string) {
    if (!(await this.#spend(userUuid, input))) throw new SecondFactorInvalid()
  }

  /** A fresh set of recovery codes: what to show once, and what to store. */
  newRecoveryCodes(userUuid: string) {
    const codes = Array.from({ length: identityConfig.secondFactor.recoveryCodes }, newRecoveryCode)
    const hashes = codes.map((code) => hashRecoveryCode(userUuid, normalizeRecoveryCode(code)!))
    return { codes, hashes }
  }

  async #spend(userUuid: string, input: string): Promise<boolean> {
    const factor = await this.store.find(userUuid)
    if (!factor?.confirmedAt) return false
    const compact = input.replace(/\s/g, '')
    if (looksLikeTotpCode(compact)) {
      const step = stepOfCode(factor.secret, compact)
      return step !== null && this.store.spendStep(db.connection(), userUuid, step)
    }
    const recovery = normalizeRecoveryCode(input)
    return (
      recovery !== null &&
      this.store.spendRecoveryCode(userUuid, hashRecoveryCode(userUuid, recovery))
    )
  }
}
