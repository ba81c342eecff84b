import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/shield'
import env from '#start/env'
import { isApiRequest } from '#core/http/api_request'

/**
 * Vite's HMR socket outside production: its own port in middleware mode,
 * 24678 unless that one is taken, so any port on this host; the built app
 * has none.
 */
const viteHmr = app.inProduction ? [] : [`ws://${env.get('HOST')}:*`, 'ws://localhost:*']

/** Where the `web` auth guard keeps the signed-in user id (`auth_<guard>`). */
const WEB_SESSION_KEY = 'auth_web'

const shieldConfig = defineConfig({
  // Pages load their scripts from this origin only (Vite's tags in
  // development and the built assets alike; Inertia's page data is a JSON
  // block, not a script); an inline script needs the request's nonce
  // (`@nonce`, shared with views as `cspNonce`). Styles allow inline because
  // Vite injects component styles as <style> elements in development and
  // components set style attributes; a nonce in style-src would switch that
  // off. /api/docs sends its own, looser policy (core/http/api_docs_controller).
  csp: {
    enabled: true,
    directives: {
      defaultSrc: [`'self'`],
      scriptSrc: [`'self'`, '@nonce'],
      styleSrc: [`'self'`, `'unsafe-inline'`],
      imgSrc: [`'self'`, 'data:', 'blob:'],
      fontSrc: [`'self'`, 'data:'],
      // Same-origin fetches and Transmit's event stream; Vite's HMR socket in development.
      connectSrc: [`'self'`, ...viteHmr],
      objectSrc: [`'none'`],
      baseUri: [`'self'`],
      formAction: [`'self'`],
      frameAncestors: [`'none'`],
    },
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    // Every browser form is checked. The JSON API is checked only when a
    // browser's signed-in session is what authenticates it: anonymous calls
    // have no ambient credentials, and calls with a bearer token or an API key
    // skip the session and CSRF altogether (core/middleware/browser_state_middleware).
    exceptRoutes: (ctx) => isApiRequest(ctx.request.url()) && !ctx.session?.has(WEB_SESSION_KEY),
    enableXsrfCookie: true,
    methods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
  xFrame: {
    enabled: true,
    action: 'DENY',
  },
  hsts: {
    enabled: true,
    maxAge: '180 days',
  },
  contentTypeSniffing: {
    enabled: true,
  },
})

export default shieldConfig
