import type { HttpContext } from '@adonisjs/core/http'
import identityConfig from '#config/identity'
import type { AuthenticatedUser, UserType } from '#core/auth/principal'

/** Where each kind of person lands after signing in. */
export const HOME_PATHS: Record<UserType, string> = { STAFF: '/dashboard', DRIVER: '/driver' }

/** The staff sign-in, its code step, and the second factor's settings (auth routes). */
export const STAFF_LOGIN_PATH = '/login'
export const SECOND_FACTOR_LOGIN_PATH = '/login/two-factor'
export const SECOND_FACTOR_SETTINGS_PATH = '/auth/two-factor'

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

/**
 * A staff sign-in waiting for its second factor: whose password was right,
 * and until when the code step may complete it. The session is not signed
 * in meanwhile (no `auth_web`).
 */
const SECOND_FACTOR_CHALLENGE_KEY = 'auth_second_factor_challenge'
type SecondFactorChallenge = { uuid: string; username: string; expiresAt: number }

export function startSecondFactorChallenge(ctx: HttpContext, user: AuthenticatedUser) {
  const ttl = identityConfig.secondFactor.challengeTtlSeconds * 1000
  ctx.session.put(SECOND_FACTOR_CHALLENGE_KEY, {
    uuid: user.uuid,
    username: user.username,
    expiresAt: Date.now() + ttl,
  } satisfies SecondFactorChallenge)
}

/** The open challenge, or null (none, or past its time: then forgotten). */
export function secondFactorChallenge(ctx: HttpContext): SecondFactorChallenge | null {
  const challenge = ctx.session.get(SECOND_FACTOR_CHALLENGE_KEY) as
    SecondFactorChallenge | undefined
  if (!challenge) return null
  if (typeof challenge.expiresAt !== 'number' || challenge.expiresAt <= Date.now()) {
    ctx.session.forget(SECOND_FACTOR_CHALLENGE_KEY)
    return null
  }
  return challenge
}

export function endSecondFactorChallenge(ctx: HttpContext) {
  ctx.session.forget(SECOND_FACTOR_CHALLENGE_KEY)
}
