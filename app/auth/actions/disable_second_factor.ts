import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { UserDirectory } from '#users/contracts/users'
import { SecondFactorStateConflict, WrongPassword } from '#auth/exceptions/auth_errors'
import {
  DISABLE_REFUSED,
  SecondFactorCodes,
  secondFactorRequiredFor,
} from '#auth/services/second_factor_codes'
import { SecondFactorStore } from '#auth/services/second_factor_store'

/**
 * Turns the second factor off, for the account password and a current code
 * (or a recovery code): a borrowed session alone cannot do it. Refused for
 * an account that must have one (`STAFF_MFA=required`, administrators).
 */
@inject()
export class DisableSecondFactor {
  constructor(
    private store: SecondFactorStore,
    private codes: SecondFactorCodes,
    private directory: UserDirectory
  ) {}

  async handle(user: AuthenticatedUser, password: string, code: string) {
    if (secondFactorRequiredFor(user)) throw new SecondFactorStateConflict(DISABLE_REFUSED)
    if (!(await this.store.isEnabled(user.uuid))) {
      throw new SecondFactorStateConflict('Two-factor sign-in is not on.')
    }
    // The password is guessed under the same count as codes.
    await this.codes.counted(user.uuid, async () => {
      const same = await this.directory.verifyPassword(user.username, password)
      if (!same) throw new WrongPassword()
      await this.codes.spend(user.uuid, code)
    })
    await this.store.deleteAll(user.uuid)
  }
}
