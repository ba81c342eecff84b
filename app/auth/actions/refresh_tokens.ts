import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { AuthenticationError } from '#core/exceptions/domain_error'
import { UserDirectory } from '#users/contracts/users'
import { TokenNotValid } from '#auth/exceptions/auth_errors'
import { RefreshTokenStore, isUsable } from '#auth/services/refresh_token_store'
import { TokenPairs, type TokenPair } from '#auth/services/token_pairs'

type Outcome = { ok: true; pair: TokenPair } | { ok: false; error: AuthenticationError }

/**
 * Spends a refresh token for a new access + refresh pair (rotation). A
 * refresh token that was already spent means it leaked: the whole sign-in
 * family is revoked (committed, then refused), per OAuth 2.0 Security BCP
 * §4.14. The row is locked, so two refreshes racing with one token give one
 * pair, and the loser revokes the family.
 */
@inject()
export class RefreshTokens {
  constructor(
    private refreshTokens: RefreshTokenStore,
    private tokens: TokenPairs,
    private directory: UserDirectory
  ) {}

  async handle(refreshToken: string): Promise<TokenPair> {
    // Whose token it is decides nothing yet (the locked read below does);
    // it is read first so the account check stays outside the transaction.
    const peeked = await this.refreshTokens.find(refreshToken)
    if (!peeked) throw new TokenNotValid()
    const user = await this.directory.findByUuid(peeked.user_uuid)
    const accountUsable = Boolean(user && user.isActive && !user.banned)

    const outcome = await db.transaction(async (trx): Promise<Outcome> => {
      const row = await this.refreshTokens.findForUpdate(trx, refreshToken)
      if (!row) return { ok: false, error: new TokenNotValid() }
      if ((row.rotated_at && !row.revoked_at) || !accountUsable) {
        await this.tokens.revokeFamily(row.family_id, trx)
      }
      if (!isUsable(row) || !accountUsable) return { ok: false, error: new TokenNotValid() }

      await this.refreshTokens.markRotated(trx, row.id)
      await this.tokens.revokeAccessTokensOfFamily(row.family_id, trx)
      const pair = await this.tokens.issue(row.user_uuid, { familyId: row.family_id, client: trx })
      return { ok: true, pair }
    })

    if (!outcome.ok) throw outcome.error
    return outcome.pair
  }
}
