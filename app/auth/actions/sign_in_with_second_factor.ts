import { inject } from '@adonisjs/core'
import { canSignIn } from '#core/auth/principal'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { SecondFactorInvalid, SecondFactorRequired } from '#auth/exceptions/auth_errors'
import { SecondFactorCodes } from '#auth/services/second_factor_codes'

/**
 * The second step of a staff sign-in whose password was right: an
 * authenticator code (a time step not used before) or an unused recovery
 * code. Counted per account before the code is checked.
 */
@inject()
export class SignInWithSecondFactor {
  constructor(
    private directory: UserDirectory,
    private accounts: UserAccounts,
    private codes: SecondFactorCodes
  ) {}

  async handle(userUuid: string, code: string | null | undefined) {
    if (!code) throw new SecondFactorRequired()
    await this.codes.verify(userUuid, code)
    // Disabled or banned since the password step: the code opens nothing.
    const user = await this.directory.findByUuid(userUuid)
    if (!canSignIn(user)) throw new SecondFactorInvalid()
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}
