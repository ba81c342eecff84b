import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/auth'
import { userOf, type Principal, type UserType } from '#core/auth/principal'
import { PermissionDenied } from '#core/exceptions/domain_error'
import { isApiRequest } from '#core/http/api_request'
import { SecondFactorEnrolmentRequired } from '#auth/exceptions/auth_errors'
import { secondFactorRequiredFor } from '#auth/services/second_factor_codes'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { SECOND_FACTOR_SETTINGS_PATH } from '#auth/services/web_session'
import { rememberIntendedUrl } from '#auth/services/intended_url'

export type AuthenticatedOptions = {
  /** Pages only: which kind of person the pages are for (others get a 403 page). */
  userType?: UserType
  /** Pages only: where an anonymous visitor is sent. */
  loginPath?: string
  /**
   * Open to an administrator who must still set up a second factor
   * (`STAFF_MFA=required`): the set-up page, signing out. Everything else
   * sends them to the set-up page (403 `mfa_enrolment_required` on the API).
   */
  secondFactorSetup?: boolean
}

/**
 * Anonymous requests stop here: 401 `not_authenticated` on the API, a
 * redirect to the sign-in page for pages (which opens the page asked for
 * once signed in). Then a page meant for staff refuses a driver and vice
 * versa, and an administrator who must set up a second factor gets nowhere
 * else until they have.
 */
@inject()
export default class AuthenticatedMiddleware {
  constructor(private secondFactors: SecondFactorStore) {}

  async handle(ctx: HttpContext, next: NextFn, options: AuthenticatedOptions = {}) {
    if (ctx.principal.kind === 'anonymous') {
      rememberIntendedUrl(ctx, options.userType)
      throw new errors.E_UNAUTHORIZED_ACCESS('Authentication credentials were not provided.', {
        guardDriverName: 'session',
        redirectTo: options.loginPath ?? '/login',
      })
    }
    if (options.userType && userOf(ctx.principal)?.type !== options.userType) {
      throw new PermissionDenied()
    }
    if (!options.secondFactorSetup && (await this.#mustSetUpSecondFactor(ctx.principal))) {
      if (isApiRequest(ctx.request.url())) throw new SecondFactorEnrolmentRequired()
      return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
    }
    return next()
  }

  async #mustSetUpSecondFactor(principal: Principal) {
    const user = userOf(principal)
    return (
      user !== null &&
      secondFactorRequiredFor(user) &&
      !(await this.secondFactors.isEnabled(user.uuid))
    )
  }
}
