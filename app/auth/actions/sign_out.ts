import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { RefreshTokenStore } from '#auth/services/refresh_token_store'
import { TokenPairs } from '#auth/services/token_pairs'

/**
 * Ends an API sign-in: the caller's token family (access and refresh
 * tokens) is revoked. A refresh token sent along is revoked too, but only
 * if it is the caller's own.
 */
@inject()
export class SignOut {
  constructor(
    private refreshTokens: RefreshTokenStore,
    private tokens: TokenPairs
  ) {}

  async handle(userUuid: string, options: { familyId?: string; refreshToken?: string }) {
    await transaction(async (trx) => {
      if (options.familyId) await this.tokens.revokeFamily(options.familyId, trx)
      if (options.refreshToken) {
        const row = await this.refreshTokens.findForUpdate(trx, options.refreshToken)
        if (row && row.user_uuid === userUuid) await this.tokens.revokeFamily(row.family_id, trx)
      }
    })
  }
}
