import type { HttpContext } from '@adonisjs/core/http'
import identityConfig from '#config/identity'
import type { AuthenticatedUser, UserType } from '#core/auth/principal'

/** Where each kind of person lands after signing in. */
export const HOME_PATHS: Record<UserType, string> = { STAFF: '/dashboard', DRIVER: '/driver' }

/** When the session's sign-in happened (epoch ms): the absolute lifetime counts from it. */
const SIGNED_IN_AT_KEY = 'auth_signed_in_at'

/**
 * Browser sign-in and sign-out. Both give the browser a new session id
 * (session fixation), and sign-out drops everything the session held; the
 * store (Redis) deletes the old id, so a copy of the old cookie opens
 * nothing. A signed-in session is tagged with the user's uuid, so
 * deactivation and ban can end all of that user's sessions.
 */
export async function startWebSession(ctx: HttpContext, user: AuthenticatedUser) {
  await ctx.auth.use('web').login(user)
  ctx.session.put(SIGNED_IN_AT_KEY, Date.now())
  await ctx.session.tag(user.uuid)
}

export async function endWebSession(ctx: HttpContext) {
  const web = ctx.auth.use('web')
  // The signed-in uuid, also when the guard never loaded the user (a
  // session past its lifetime): its tag must not outlive it.
  const uuid = web.user?.uuid ?? ctx.session.get(web.sessionKeyName)
  if (typeof uuid === 'string') await ctx.session.untag(uuid)
  await web.logout()
  ctx.session.clear()
  ctx.session.regenerate()
}

/**
 * Whether the session's sign-in is older than the absolute lifetime. A
 * signed-in session without a date (none is made by the sign-in pages) is
 * dated now.
 */
export function webSessionExpired(ctx: HttpContext) {
  const signedInAt = ctx.session.get(SIGNED_IN_AT_KEY)
  if (typeof signedInAt !== 'number') {
    ctx.session.put(SIGNED_IN_AT_KEY, Date.now())
    return false
  }
  return Date.now() - signedInAt >= identityConfig.webSessions.absoluteLifetimeSeconds * 1000
}
