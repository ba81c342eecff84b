import { inject } from '@adonisjs/core'
import { RuntimeException } from '@adonisjs/core/exceptions'
import type { Secret } from '@adonisjs/core/helpers'
import { symbols } from '@adonisjs/auth'
import type { AccessTokensUserProviderContract } from '@adonisjs/auth/types/access_tokens'
import type { SessionUserProviderContract } from '@adonisjs/auth/types/session'
import { UserDirectory, type AuthenticatedUser } from '#users/contracts/users'
import { AccessTokenStore, type FamilyAccessToken } from '#auth/services/access_token_store'
import { CredentialCache } from '#auth/services/credential_cache'

export type GuardUser = AuthenticatedUser & { currentAccessToken?: FamilyAccessToken }

/**
 * Loads users for the session and access-token guards through the users
 * module's contract: the guards see the `AuthenticatedUser` DTO, never a
 * model, read fresh or kept for a moment until it changes (ADR 0020).
 */
@inject()
export class PrincipalUserProvider
  implements AccessTokensUserProviderContract<GuardUser>, SessionUserProviderContract<GuardUser>
{
  declare [symbols.PROVIDER_REAL_USER]: GuardUser

  constructor(
    private directory: UserDirectory,
    private tokens: AccessTokenStore,
    private cache: CredentialCache
  ) {}

  async createUserForGuard(user: GuardUser) {
    return { getId: () => user.uuid, getOriginal: () => user }
  }

  async findById(identifier: string | number | BigInt) {
    const uuid = String(identifier)
    const user = await this.cache.user(uuid, () => this.directory.findByUuid(uuid))
    // A copy: the guard adds the request's token to the user it is given.
    return user ? this.createUserForGuard({ ...user }) : null
  }

  async verifyToken(tokenValue: Secret<string>) {
    return this.tokens.verify(tokenValue)
  }

  async createToken(): Promise<never> {
    throw new RuntimeException('Issue tokens with TokenPairs, which keeps them in a sign-in family')
  }

  async invalidateToken(): Promise<never> {
    throw new RuntimeException('Revoke tokens with TokenPairs.revokeFamily')
  }
}
