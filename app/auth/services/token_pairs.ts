import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#core/db/transaction'
import type { DomainError } from '#core/exceptions/domain_error'
import { UserDirectory } from '#users/contracts/users'
import { InvalidCredentials } from '#auth/exceptions/auth_errors'
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
    private refreshTokens: RefreshTokenStore,
    private directory: UserDirectory
  ) {}

  /**
   * Both tokens in one transaction (the caller's `trx`, or one of their
   * own) that share-locks the account's row, as every check on it before a
   * write does: a ban or an unregister that came first refuses the pair
   * (`refusal`, the password sign-in's answer unless told otherwise), and
   * one that comes later waits, then revokes it with the account's other
   * sign-ins.
   */
  async issue(
    userUuid: string,
    options: {
      familyId?: string
      familyExpiresAt?: Date
      trx?: TransactionClientContract
      refusal?: () => DomainError
    } = {}
  ): Promise<TokenPair> {
    const write = async (trx: TransactionClientContract) => {
      if (!(await this.directory.holdActive(userUuid, trx))) {
        throw options.refusal?.() ?? new InvalidCredentials()
      }
      return this.issueHolding(userUuid, { ...options, trx })
    }
    return options.trx ? write(options.trx) : transaction(write)
  }

  /**
   * Both tokens in `trx`, which has already share-locked the account with
   * `UserDirectory.holdActive` and found it active (a refresh does so
   * before it decides anything): `issue` without reading the account again.
   */
  async issueHolding(
    userUuid: string,
    options: { familyId?: string; familyExpiresAt?: Date; trx: TransactionClientContract }
  ): Promise<TokenPair> {
    const { trx } = options
    const familyId = options.familyId ?? randomUUID()
    return {
      access: await this.accessTokens.issue(userUuid, familyId, trx),
      refresh: await this.refreshTokens.issue(userUuid, familyId, trx, options.familyExpiresAt),
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
