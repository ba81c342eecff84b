import type { HttpContext, HttpRequest } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { SESSION_COOKIE_NAME } from '#config/session'
import { bringsOwnCredentials, servesNoPages } from '#core/http/api_request'

/**
 * What a machine's answer's `Content-Security-Policy` allows: nothing. It is
 * JSON (or the metrics' text), never a document that loads anything, and no
 * page may frame it.
 */
const API_CSP = `default-src 'none'; frame-ancestors 'none'`

/**
 * The session and shield (CSRF plus security headers) for browsers; only the
 * security headers for a request that needs no session (see
 * {@link needsNoSession}): none is read, none is written and no cookie is set,
 * so the cookie encryption and signing that browsers need cost token and key
 * clients, probes and scrapes nothing.
 *
 * Nor does it get the pages' policy: shield makes that per request, with a
 * script nonce it shares with the request's view renderer, which it creates
 * (3.8% of the item list's time in its profile, for a header a JSON answer has
 * no use for). It gets {@link API_CSP}, the same string every time.
 */
export default class BrowserStateMiddleware {
  static #headersOnly?: ShieldMiddleware

  async handle(ctx: HttpContext, next: NextFn) {
    if (needsNoSession(ctx.request)) {
      ctx.response.header('Content-Security-Policy', API_CSP)
      return BrowserStateMiddleware.#securityHeaders().handle(ctx, next)
    }
    const session = await ctx.containerResolver.make(SessionMiddleware)
    const shield = await ctx.containerResolver.make(ShieldMiddleware)
    return session.handle(ctx, () => {
      // A cookie naming a session the store no longer has (ended by sign-out,
      // a ban or a deactivation, or expired) gets a new id: the store drops
      // every write to an ended id, which would leave this browser without a
      // CSRF secret, unable to sign in until the marker expires.
      if (!ctx.session.fresh && ctx.session.isEmpty) ctx.session.regenerate()
      // A page's background JSON read (a picker's options) leaves the flash
      // messages to the page they were meant for: a combobox that refetched
      // while a form's redirect was on its way took the "saved" toast.
      if (isBackgroundRead(ctx) && !ctx.session.flashMessages.isEmpty) ctx.session.reflash()
      return shield.handle(ctx, next)
    })
  }

  static #securityHeaders() {
    if (!this.#headersOnly) {
      const config = app.config.get<ShieldConfig>('shield')
      this.#headersOnly = new ShieldMiddleware(
        { ...config, csrf: { enabled: false }, csp: { enabled: false } },
        encryption.use()
      )
    }
    return this.#headersOnly
  }
}

/**
 * An API request that brings its own credentials (`Authorization: Bearer …`
 * or `Api-Key …`), or any request to a path that serves no page and that
 * brings no session cookie: a load balancer's probe, a metrics scrape, an
 * anonymous API call. A session started for one of those was stored (shield
 * puts its CSRF secret in it) for the session's lifetime, once per request,
 * and its cookies were thrown away: every probe left a session in Redis. A
 * browser app's API calls bring the session cookie their page set, and keep
 * their session. (A page still starts one for any visitor, as its forms
 * need the CSRF secret, and so does a request with a made-up session
 * cookie: this spares the store honest machine traffic, it does not limit
 * what a client can make it hold.)
 */
function needsNoSession(request: HttpRequest) {
  return (
    bringsOwnCredentials(request) || (servesNoPages(request.url()) && !hasSessionCookie(request))
  )
}

/** The session cookie in a `Cookie` header (its name has no character special in a pattern). */
const SESSION_COOKIE = new RegExp(`(?:^|;)\\s*${SESSION_COOKIE_NAME}=`)

/** Whether the request names a session (read, not verified: the session middleware does that). */
function hasSessionCookie(request: HttpRequest) {
  const header = request.header('cookie')
  return header !== undefined && SESSION_COOKIE.test(header)
}

/** A page's own `fetch` of JSON (`getJson`), not a navigation or an Inertia visit. */
function isBackgroundRead(ctx: HttpContext) {
  return (
    ctx.request.method() === 'GET' &&
    !ctx.request.header('x-inertia') &&
    (ctx.request.header('accept') ?? '').startsWith('application/json')
  )
}
