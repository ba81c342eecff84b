import type { HttpContext } from '@adonisjs/core/http'
import type { AuthenticatedUser, UserType } from '#core/auth/principal'

/** Where each kind of person lands after signing in. */
export const HOME_PATHS: Record<UserType, string> = { STAFF: '/console', DRIVER: '/driver' }

/**
 * Browser sign-in and sign-out. Both give the browser a new session id
 * (session fixation), and sign-out drops everything the session held.
 */
export async function startWebSession(ctx: HttpContext, user: AuthenticatedUser) {
  await ctx.auth.use('web').login(user)
}

export async function endWebSession(ctx: HttpContext) {
  await ctx.auth.use('web').logout()
  ctx.session.clear()
  ctx.session.regenerate()
}
