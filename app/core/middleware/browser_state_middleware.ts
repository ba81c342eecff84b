import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { bringsOwnCredentials } from '#core/http/api_request'

/**
 * What an API answer's `Content-Security-Policy` allows: nothing. It is JSON,
 * never a document that loads anything, and no page may frame it.
 */
const API_CSP = `default-src 'none'; frame-ancestors 'none'`

/**
 * The session and shield (CSRF plus security headers) for browsers; for an
 * API request that brings its own credentials (`Authorization: Bearer …` or
 * `Api-Key …`) only the security headers. Such a request has no session: none
 * is read, none is written and no cookie is set, so the cookie encryption and
 * signing that browsers need cost token and key clients nothing.
 *
 * Nor does it get the pages' policy: shield makes that per request, with a
 * script nonce it shares with the request's view renderer, which it creates
 * (3.8% of the item list's time in its profile, for a header a JSON answer has
 * no use for). It gets {@link API_CSP}, the same string every time.
 */
export default class BrowserStateMiddleware {
  static #headersOnly?: ShieldMiddleware

  async handle(ctx: HttpContext, next: NextFn) {
    if (bringsOwnCredentials(ctx.request)) {
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

/** A page's own `fetch` of JSON (`getJson`), not a navigation or an Inertia visit. */
function isBackgroundRead(ctx: HttpContext) {
  return (
    ctx.request.method() === 'GET' &&
    !ctx.request.header('x-inertia') &&
    (ctx.request.header('accept') ?? '').startsWith('application/json')
  )
}
