import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { SecondFactorStateConflict } from '#auth/exceptions/auth_errors'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { newTotpSecret } from '#auth/services/totp'

/**
 * Begins setting up an authenticator app: a new secret, kept (encrypted)
 * but not in force until a first code confirms it. Starting again replaces
 * an unconfirmed secret.
 */
@inject()
export class StartSecondFactorEnrolment {
  constructor(private store: SecondFactorStore) {}

  async handle(user: AuthenticatedUser) {
    if (!(await this.store.savePending(user.uuid, newTotpSecret()))) {
      throw new SecondFactorStateConflict('Two-factor sign-in is already on for this account.')
    }
  }
}
