import { defineConfig } from '@adonisjs/cors'
import { isApiRequest } from '#core/http/api_request'

/**
 * CORS is open for the JSON API (mobile and partner clients authenticate with
 * tokens, not cookies) and closed for everything else.
 */
const corsConfig = defineConfig({
  enabled: (ctx) => isApiRequest(ctx.request.url()),
  origin: true,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: ['X-Request-Id', 'Retry-After'],
  credentials: false,
  maxAge: 90,
})

export default corsConfig
