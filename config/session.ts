import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'
import identityConfig from '#config/identity'

/**
 * Sessions live on the server, in Redis, shared by every web process: the
 * cookie carries only a signed session id, so signing out (or an
 * administrator deactivating the account) ends the session for every copy
 * of the cookie. `age` is the idle timeout (each request renews it); the
 * absolute lifetime is enforced by the auth module (ADR 0008). `memory` is
 * for a single process only.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: 'waybill-session',
  clearWithBrowser: false,
  age: identityConfig.webSessions.idleTimeoutSeconds,
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER', 'redis'),
  stores: {
    redis: stores.redis({ connection: 'sessions' }),
  },
})

export default sessionConfig
