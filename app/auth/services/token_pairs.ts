import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { AccessTokenStore } from '#auth/services/access_token_store'
import { RefreshTokenStore } from '#auth/services/refresh_token_store'

export type TokenPair = { access: string; refresh: string }

/**
 * Access + refresh tokens of one sign-in (a "family"): what every API
 * sign-in answers with, in the reference's `{"access","refresh"}` shape.
 */
@inject()
export class TokenPairs {
  constructor(
    private accessTokens: AccessTokenStore,
    private refreshTokens: RefreshTokenStore
  ) {}

  async issue(
    userUuid: string,
    options: { familyId?: string; familyExpiresAt?: Date; client?: QueryClientContract } = {}
  ): Promise<TokenPair> {
    const familyId = options.familyId ?? randomUUID()
    const client = options.client ?? db.connection()
    return {
      access: await this.accessTokens.issue(userUuid, familyId, client),
      refresh: await this.refreshTokens.issue(userUuid, familyId, client, options.familyExpiresAt),
    }
  }

  async revokeFamily(familyId: string, client: QueryClientContract = db.connection()) {
    await this.refreshTokens.revokeFamily(familyId, client)
    await this.accessTokens.revokeFamily(familyId, client)
  }

  /** Access tokens die when their refresh token is spent: one live pair per family. */
  async revokeAccessTokensOfFamily(
    familyId: string,
    client: QueryClientContract = db.connection()
  ) {
    await this.accessTokens.revokeFamily(familyId, client)
  }

  async revokeAllOf(userUuid: string, client: QueryClientContract = db.connection()) {
    await this.refreshTokens.revokeAllOf(userUuid, client)
    await this.accessTokens.revokeAllOf(userUuid, client)
  }
}
