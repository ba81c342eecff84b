import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { transaction } from '#core/db/transaction'
import { SecondFactorInvalid, SecondFactorStateConflict } from '#auth/exceptions/auth_errors'
import { SecondFactorCodes } from '#auth/services/second_factor_codes'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { looksLikeTotpCode, stepOfCode } from '#auth/services/totp'

/**
 * Turns the second factor on with a first code from the new secret (proof
 * the app holds it), and issues the recovery codes, returned once to be
 * shown once. The code's time step counts as used.
 */
@inject()
export class ConfirmSecondFactorEnrolment {
  constructor(
    private store: SecondFactorStore,
    private codes: SecondFactorCodes
  ) {}

  handle(user: AuthenticatedUser, code: string): Promise<string[]> {
    return this.codes.counted(user.uuid, () => this.#confirm(user, code))
  }

  async #confirm(user: AuthenticatedUser, code: string) {
    const factor = await this.store.find(user.uuid)
    if (!factor || factor.confirmedAt) {
      throw new SecondFactorStateConflict(
        factor ? 'Two-factor sign-in is already on.' : 'Start the set-up first.'
      )
    }
    const compact = code.replace(/\s/g, '')
    const step = looksLikeTotpCode(compact) ? stepOfCode(factor.secret, compact) : null
    if (step === null) throw new SecondFactorInvalid()

    const recovery = this.codes.newRecoveryCodes(user.uuid)
    const confirmed = await transaction(async (trx) => {
      if (!(await this.store.spendStep(trx, user.uuid, step, { confirming: factor }))) return false
      await this.store.replaceRecoveryCodes(trx, user.uuid, recovery.hashes)
      return true
    })
    if (!confirmed) throw new SecondFactorInvalid()
    return recovery.codes
  }
}
