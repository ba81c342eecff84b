import { inject } from '@adonisjs/core'
import { Refusal, transactionWithRefusals } from '#core/db/refusals'
import { UserDirectory } from '#users/contracts/users'
import { TokenNotValid } from '#auth/exceptions/auth_errors'
import { RefreshTokenStore, familyExpiry, isUsable } from '#auth/services/refresh_token_store'
import { TokenPairs, type TokenPair } from '#auth/services/token_pairs'

/**
 * Spends a refresh token for a new access + refresh pair (rotation). A
 * refresh token that was already spent means it leaked: the whole sign-in
 * family is revoked (committed, then refused), per OAuth 2.0 Security BCP
 * §4.14. The row is locked, so two refreshes racing with one token give one
 * pair, and the loser revokes the family. The family keeps its end: a
 * sign-in cannot be refreshed forever. The account's row is share-locked
 * first, in the order a ban or an unregister locks (the account, then its
 * sign-ins): one that came first is seen here, and one that comes later
 * waits, then revokes the new pair with the rest.
 */
@inject()
export class RefreshTokens {
  constructor(
    private refreshTokens: RefreshTokenStore,
    private tokens: TokenPairs,
    private directory: UserDirectory
  ) {}

  async handle(refreshToken: string): Promise<TokenPair> {
    // Whose token it is (a row's owner never changes) decides nothing yet;
    // the locked read below does.
    const peeked = await this.refreshTokens.find(refreshToken)
    if (!peeked) throw new TokenNotValid()

    return transactionWithRefusals(async (trx) => {
      const accountUsable = await this.directory.holdActive(peeked.user_uuid, trx)
      const row = await this.refreshTokens.findForUpdate(trx, refreshToken)
      if (!row) return new Refusal(new TokenNotValid())
      if ((row.rotated_at && !row.revoked_at) || !accountUsable) {
        await this.tokens.revokeFamily(row.family_id, trx)
      }
      if (!isUsable(row) || !accountUsable) return new Refusal(new TokenNotValid())

      await this.refreshTokens.markRotated(trx, row.id)
      await this.tokens.revokeAccessTokensOfFamily(row.family_id, trx)
      return this.tokens.issueHolding(row.user_uuid, {
        familyId: row.family_id,
        familyExpiresAt: familyExpiry(row),
        trx,
      })
    })
  }
}
