import { defineConfig } from '@adonisjs/shield'
import { isApiRequest } from '#core/http/api_request'

/** Where the `web` auth guard keeps the signed-in user id (`auth_<guard>`). */
const WEB_SESSION_KEY = 'auth_web'

const shieldConfig = defineConfig({
  csp: {
    enabled: false,
    directives: {},
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
