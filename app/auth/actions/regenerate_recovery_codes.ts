import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { transaction } from '#core/db/transaction'
import { SecondFactorCodes } from '#auth/services/second_factor_codes'
import { SecondFactorStore } from '#auth/services/second_factor_store'

/**
 * A new set of recovery codes, for a current code: the old ones stop
 * working. Returned once, to be shown once.
 */
@inject()
export class RegenerateRecoveryCodes {
  constructor(
    private store: SecondFactorStore,
    private codes: SecondFactorCodes
  ) {}

  async handle(user: AuthenticatedUser, code: string): Promise<string[]> {
    await this.codes.verify(user.uuid, code)
    const recovery = this.codes.newRecoveryCodes(user.uuid)
    await transaction((trx) => this.store.replaceRecoveryCodes(trx, user.uuid, recovery.hashes))
    return recovery.codes
  }
}
