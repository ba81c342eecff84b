import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { configProvider } from '@adonisjs/core'
import { defineConfig } from '@adonisjs/session'
import type { SessionStoreFactory } from '@adonisjs/session/types'
import identityConfig from '#config/identity'

/** The session id's cookie (core/middleware/browser_state_middleware looks for it by name). */
export const SESSION_COOKIE_NAME = 'waybill-session'

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
  cookieName: SESSION_COOKIE_NAME,
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
    // A destroyed session stays destroyed (#auth/services/redis_session_store).
    redis: configProvider.create<SessionStoreFactory>(async (application) => {
      const { RedisSessionStore } = await import('#auth/services/redis_session_store')
      const redis = await application.container.make('redis')
      return (_, config) => new RedisSessionStore(redis.connection('sessions'), config.age)
    }),
  },
})

export default sessionConfig
