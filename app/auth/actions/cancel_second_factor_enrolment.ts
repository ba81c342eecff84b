import { inject } from '@adonisjs/core'
import type { AuthenticatedUser } from '#core/auth/principal'
import { SecondFactorStore } from '#auth/services/second_factor_store'

/** Drops an unconfirmed authenticator secret; a confirmed one stays. */
@inject()
export class CancelSecondFactorEnrolment {
  constructor(private store: SecondFactorStore) {}

  async handle(user: AuthenticatedUser) {
    await this.store.deletePending(user.uuid)
  }
}
