/*
|--------------------------------------------------------------------------
| Rate limits (per client IP, in Redis)
|--------------------------------------------------------------------------
|
| On top of the per-phone limits the auth module enforces itself.
|
*/
import limiter from '@adonisjs/limiter/services/main'

/** Sign-in attempts of any kind: passwords, codes, token refresh. */
export const authAttemptsThrottle = limiter.define('auth_attempts', (ctx) =>
  limiter.allowRequests(30).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
)

/** Requests that send an SMS. */
export const smsThrottle = limiter.define('sms_requests', (ctx) =>
  limiter.allowRequests(10).every('1 minute').usingKey(`ip_${ctx.request.ip()}`)
)
