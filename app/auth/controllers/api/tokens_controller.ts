import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { Secret } from '@adonisjs/core/helpers'
import { userOf } from '#core/auth/principal'
import {
  apiSignInValidator,
  refreshValidator,
  signOutValidator,
  verifyTokenValidator,
} from '#auth/validators/auth_validators'
import { SignInWithPassword } from '#auth/actions/sign_in_with_password'
import { SignInWithSecondFactor } from '#auth/actions/sign_in_with_second_factor'
import { RefreshTokens } from '#auth/actions/refresh_tokens'
import { SignOut } from '#auth/actions/sign_out'
import { UnregisterAccount } from '#auth/actions/unregister_account'
import {
  SecondFactorEnrolmentRequired,
  SecondFactorInvalid,
  TokenNotValid,
} from '#auth/exceptions/auth_errors'
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
    private signInWithSecondFactor: SignInWithSecondFactor,
    private refreshAction: RefreshTokens,
    private signOutAction: SignOut,
    private unregisterAction: UnregisterAccount
  ) {}

  /**
   * One call for both factors: an account with a second factor sends its
   * code as `otp` (401 `mfa_required` without it). An administrator who must
   * set one up (`STAFF_MFA=required`) gets no token: that happens in the
   * console.
   */
  async signin({ request }: HttpContext) {
    const { username, password, otp } = await request.validateUsing(apiSignInValidator)
    const { user, next } = await this.signInWithPassword.handle(username, password, request.ip())
    if (next === 'enrol') throw new SecondFactorEnrolmentRequired()
    if (next === 'code') {
      // An account gone since its code was checked gets that step's refusal.
      const signedIn = await this.signInWithSecondFactor.handle(user.uuid, otp)
      return this.tokens.issue(signedIn.uuid, { refusal: () => new SecondFactorInvalid() })
    }
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
