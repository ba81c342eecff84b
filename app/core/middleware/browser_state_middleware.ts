import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import app from '@adonisjs/core/services/app'
import encryption from '@adonisjs/core/services/encryption'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { bringsOwnCredentials } from '#core/http/api_request'

/**
 * The session and shield (CSRF plus security headers) for browsers; for an
 * API request that brings its own credentials (`Authorization: Bearer …` or
 * `Api-Key …`) only the security headers. Such a request has no session: none
 * is read, none is written and no cookie is set, so the cookie encryption and
 * signing that browsers need cost token and key clients nothing.
 */
export default class BrowserStateMiddleware {
  static #headersOnly?: ShieldMiddleware

  async handle(ctx: HttpContext, next: NextFn) {
    if (bringsOwnCredentials(ctx.request)) {
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
      return shield.handle(ctx, next)
    })
  }

  static #securityHeaders() {
    if (!this.#headersOnly) {
      const config = app.config.get<ShieldConfig>('shield')
      this.#headersOnly = new ShieldMiddleware(
        { ...config, csrf: { enabled: false } },
        encryption.use()
      )
    }
    return this.#headersOnly
  }
}
