import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { defineConfig } from '@adonisjs/core/http'

/**
 * HTTP server settings. Every request gets an id (`X-Request-Id` from the
 * client when sane, else a UUID: see core/http/request_id_middleware.ts);
 * async local storage lets loggers anywhere find the current request.
 */
export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: true,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})

/**
 * The app's public base URL (`APP_URL`, else where it listens): links the app
 * hands out (pagination, uploads) are built on it, never on the Host or
 * X-Forwarded-Host headers a client may forge.
 */
export const appUrl = (
  env.get('APP_URL') ?? `http://${env.get('HOST')}:${env.get('PORT')}`
).replace(/\/$/, '')
