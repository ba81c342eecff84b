import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/auth'
import { userOf, type UserType } from '#core/auth/principal'
import { PermissionDenied } from '#core/exceptions/domain_error'
import { rememberIntendedUrl } from '#auth/services/intended_url'

export type AuthenticatedOptions = {
  /** Pages only: which kind of person the pages are for (others get a 403 page). */
  userType?: UserType
  /** Pages only: where an anonymous visitor is sent. */
  loginPath?: string
}

/**
 * Anonymous requests stop here: 401 `not_authenticated` on the API, a
 * redirect to the sign-in page for pages (which opens the page asked for
 * once signed in). Then a page meant for staff refuses a driver and vice
 * versa.
 */
export default class AuthenticatedMiddleware {
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
    return next()
  }
}
