import { defineConfig } from '@adonisjs/shield'
import { isApiRequest } from '#core/http/api_request'

const shieldConfig = defineConfig({
  csp: {
    enabled: false,
    directives: {},
    reportOnly: false,
  },
  csrf: {
    enabled: true,
    // The JSON API authenticates with bearer tokens / API keys, never with
    // ambient cookies, so CSRF does not apply to it. Every browser form does.
    exceptRoutes: (ctx) => isApiRequest(ctx.request.url()),
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
