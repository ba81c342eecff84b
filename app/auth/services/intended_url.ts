import type { HttpContext } from '@adonisjs/core/http'
import type { AuthenticatedUser, UserType } from '#core/auth/principal'
import { isApiRequest } from '#core/http/api_request'

/**
 * "A page asked for while signed out opens after sign-in." The sign-in
 * redirect remembers the page in the session; the sign-in that follows
 * goes there instead of the home page, once.
 *
 * @adonisjs/auth's redirect also records `redirect.intendedUrl`, but only
 * for full page loads (not Inertia's visits), without checking it and
 * without knowing whose page it is; it is not read.
 */
const INTENDED_URL_KEY = 'auth_intended_url'

type Intended = { url: string; userType: UserType | null }

/** Pages that make no sense to come back to after signing in. */
const NEVER_RETURN_TO = ['/login', '/logout', '/driver/login']

const BASE = 'http://waybill.invalid'

/**
 * The path (with its query) `value` names on this site, or null: only a
 * same-origin relative path is accepted, so a sign-in can never be turned
 * into a redirect elsewhere (`//evil.example`, `/\\evil.example`,
 * `https://…`, `javascript:…`, control characters).
 */
export function sameOriginPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null
  if (!value.startsWith('/') || value.startsWith('//')) return null
  // Browsers read a backslash as a slash (`/\evil.example`); no page needs one.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\\u0000-\u001F\u007F]/.test(value)) return null
  let url: URL
  try {
    url = new URL(value, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  if (NEVER_RETURN_TO.includes(url.pathname.replace(/\/+$/, '') || '/')) return null
  return `${url.pathname}${url.search}`
}

/**
 * Remembers the page an anonymous visitor asked for: page visits (GET, not
 * the API) only, never a form post or an API call.
 */
export function rememberIntendedUrl(ctx: HttpContext, userType: UserType | undefined) {
  if (!ctx.session || ctx.request.method() !== 'GET' || isApiRequest(ctx.request.url())) return
  const url = sameOriginPath(ctx.request.url(true))
  if (!url) return
  ctx.session.put(INTENDED_URL_KEY, { url, userType: userType ?? null } satisfies Intended)
}

/**
 * Where to send `user` after signing in: the remembered page if it is meant
 * for their kind of account (a driver page is not a staff member's), else
 * null. The page is forgotten either way.
 */
export function takeIntendedUrl(ctx: HttpContext, user: AuthenticatedUser): string | null {
  const intended = ctx.session.pull(INTENDED_URL_KEY) as Partial<Intended> | undefined
  if (!intended || (intended.userType && intended.userType !== user.type)) return null
  return sameOriginPath(intended.url)
}
