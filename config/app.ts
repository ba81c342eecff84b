import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/http'
import env from '#start/env'
import { trustProxyFrom } from '#core/http/trusted_proxies'
import { serializeJsonBody } from '#core/http/json_body'

/**
 * HTTP server settings. Every request gets an id (`X-Request-Id` from the
 * client when sane, else a UUID: see core/middleware/request_id_middleware.ts);
 * async local storage lets loggers anywhere find the current request.
 * Forwarded headers count only from TRUSTED_PROXIES (default: no one).
 */
export const http = defineConfig({
  trustProxy: trustProxyFrom(env.get('TRUSTED_PROXIES')),
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: true,
  serializeJSON: serializeJsonBody,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
