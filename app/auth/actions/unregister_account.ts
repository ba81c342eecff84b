import { inject } from '@adonisjs/core'
import { UserAccounts } from '#users/contracts/users'
import { TokenPairs } from '#auth/services/token_pairs'

/**
 * The caller closes their account: it is disabled (users module) and every
 * credential it holds stops working now. The `UserDeactivated` listener
 * repeats the revocation, harmlessly, for accounts closed elsewhere.
 */
@inject()
export class UnregisterAccount {
  constructor(
    private accounts: UserAccounts,
    private tokens: TokenPairs
  ) {}

  async handle(userUuid: string) {
    await this.accounts.unregister(userUuid)
    await this.tokens.revokeAllOf(userUuid)
  }
}
