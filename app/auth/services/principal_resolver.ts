import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { AuthenticationError } from '#core/exceptions/domain_error'
import { isApiRequest } from '#core/http/api_request'
import { ANONYMOUS, canSignIn, type AuthenticatedUser, type Principal } from '#core/auth/principal'
import { UserDirectory } from '#users/contracts/users'
import { ApiKeyStore } from '#auth/services/api_key_store'
import { CredentialCache } from '#auth/services/credential_cache'
import { endWebSession, webSessionExpired } from '#auth/services/web_session'

/**
 * Decides who a request acts for, cheaply when it carries no credentials:
 * 1. `Authorization: Bearer <access token>` (API): the token must be valid;
 * 2. `Authorization: Api-Key <prefix>.<secret>` (API): the key must be valid
 *    and its owner, if it has one, an active account;
 * 3. a browser session (pages, and the API for the browser apps), within
 *    its absolute lifetime;
 * 4. otherwise anonymous.
 * Credentials that are present but wrong are a 401, even on public
 * endpoints (as the reference does); a banned or inactive account is
 * refused on every request, whatever it signed in with.
 */
@inject()
export class PrincipalResolver {
  constructor(
    private apiKeys: ApiKeyStore,
    private directory: UserDirectory,
    private cache: CredentialCache
  ) {}

  async resolve(ctx: HttpContext): Promise<Principal> {
    const header = ctx.request.header('authorization', '')!.trim()
    const [scheme, ...rest] = header.split(/\s+/)
    const api = isApiRequest(ctx.request.url())

    if (api && /^bearer$/i.test(scheme ?? '')) {
      if (rest.length !== 1) {
        throw new AuthenticationError(
          'Authorization header must contain two space-delimited values',
          'bad_authorization_header'
        )
      }
      const user = await ctx.auth.use('api').authenticate()
      return { kind: 'user', user: ensureActive(user), via: 'token' }
    }

    if (api && /^api-key$/i.test(scheme ?? '')) {
      const apiKey = await this.apiKeys.verify(rest.join(' '))
      if (!apiKey || !(await this.#ownerActive(apiKey.ownerUuid))) {
        throw new AuthenticationError('Invalid API key.', 'authentication_failed')
      }
      return { kind: 'api_key', apiKey }
    }

    const web = ctx.auth.use('web')
    if (ctx.session?.has(web.sessionKeyName)) {
      const expired = webSessionExpired(ctx)
      const user = !expired && (await web.check()) ? web.user : undefined
      if (canSignIn(user)) return { kind: 'user', user, via: 'session' }
      // Past its absolute lifetime, or the account was disabled (or deleted)
      // since it signed in: end that session.
      await endWebSession(ctx)
    }

    return ANONYMOUS
  }

  /**
   * A key dies with its owner's account at once, before the UserDeactivated
   * / UserBanned listener gets round to revoking it. The owner is read as
   * the guards read accounts: kept until it changes (ADR 0020), as the key
   * is. Keys made without an owner (`apikeys:create`) belong to the
   * deployment.
   */
  async #ownerActive(ownerUuid: string | null) {
    if (ownerUuid === null) return true
    return canSignIn(await this.cache.user(ownerUuid, () => this.directory.findByUuid(ownerUuid)))
  }
}

function ensureActive(user: AuthenticatedUser) {
  if (user.banned) throw new AuthenticationError('User is permanently banned', 'user_banned')
  if (!user.isActive) throw new AuthenticationError('User is inactive', 'user_inactive')
  return user
}
