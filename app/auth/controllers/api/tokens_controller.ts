import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { Secret } from '@adonisjs/core/helpers'
import { userOf } from '#core/auth/principal'
import {
  passwordSignInValidator,
  refreshValidator,
  signOutValidator,
  verifyTokenValidator,
} from '#auth/validators/auth_validators'
import { SignInWithPassword } from '#auth/actions/sign_in_with_password'
import { RefreshTokens } from '#auth/actions/refresh_tokens'
import { SignOut } from '#auth/actions/sign_out'
import { UnregisterAccount } from '#auth/actions/unregister_account'
import { TokenNotValid } from '#auth/exceptions/auth_errors'
import { TokenPairs } from '#auth/services/token_pairs'
import { AccessTokenStore } from '#auth/services/access_token_store'
import { RefreshTokenStore } from '#auth/services/refresh_token_store'
import AccountPolicy from '#auth/policies/account_policy'
import type { GuardUser } from '#auth/services/principal_user_provider'
import { endWebSession } from '#auth/services/web_session'

/**
 * Password sign-in and the token life cycle of `/api/v1/auth/`.
 */
@inject()
export default class TokensController {
  constructor(
    private tokens: TokenPairs,
    private accessTokens: AccessTokenStore,
    private refreshTokens: RefreshTokenStore,
    private signInWithPassword: SignInWithPassword,
    private refreshAction: RefreshTokens,
    private signOutAction: SignOut,
    private unregisterAction: UnregisterAccount
  ) {}

  async signin({ request }: HttpContext) {
    const { username, password } = await request.validateUsing(passwordSignInValidator)
    const user = await this.signInWithPassword.handle(username, password, request.ip())
    return this.tokens.issue(user.uuid)
  }

  async refresh({ request }: HttpContext) {
    const { refresh } = await request.validateUsing(refreshValidator)
    return this.refreshAction.handle(refresh)
  }

  /** 200 `{}` for a live access or refresh token, 401 otherwise; never a 500. */
  async verify({ request }: HttpContext) {
    const { token } = await request.validateUsing(verifyTokenValidator)
    const valid = token.startsWith('ort_')
      ? await this.refreshTokens.isUsable(token)
      : Boolean(await this.accessTokens.verify(new Secret(token)))
    if (!valid) throw new TokenNotValid()
    return {}
  }

  async signout(ctx: HttpContext) {
    const { bouncer, principal, request, response } = ctx
    await bouncer.with(AccountPolicy).authorize('manageOwn')
    const { refresh } = await request.validateUsing(signOutValidator)
    const user = userOf(principal) as GuardUser
    await this.signOutAction.handle(user.uuid, {
      familyId: user.currentAccessToken?.familyId,
      refreshToken: refresh,
    })
    if (ctx.principal.kind === 'user' && ctx.principal.via === 'session') await endWebSession(ctx)
    return response.noContent()
  }

  async unregister(ctx: HttpContext) {
    const { bouncer, principal, response } = ctx
    await bouncer.with(AccountPolicy).authorize('manageOwn')
    await this.unregisterAction.handle(userOf(principal)!.uuid)
    if (ctx.principal.kind === 'user' && ctx.principal.via === 'session') await endWebSession(ctx)
    return response.noContent()
  }
}
