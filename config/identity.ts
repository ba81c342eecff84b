import env from '#start/env'
import app from '@adonisjs/core/services/app'

/**
 * Sign-in settings of the auth module: token lifetimes, phone one-time
 * codes (OWASP ASVS L2: 6 CSPRNG digits, 3 minutes, single use, 5 wrong
 * guesses, 5 requests per number per rolling 24 h) and SMS delivery.
 */
const bypassRegex = env.get('PHONE_BYPASS_REGEX')

const identityConfig = {
  accessTokenTtlSeconds: 60 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,

  phoneCodes: {
    digits: 6,
    ttlSeconds: 3 * 60,
    maxFailedAttempts: 5,
    maxRequestsPerWindow: 5,
    windowSeconds: 24 * 60 * 60,
    // A verified sign-up number must be used within this time.
    signupTicketTtlSeconds: 15 * 60,
  },

  /**
   * Test numbers that skip SMS and take a fixed code: only outside
   * production, and only when PHONE_BYPASS_REGEX is set.
   */
  bypass:
    bypassRegex && !app.inProduction
      ? {
          pattern: new RegExp(`^(?:${bypassRegex})$`),
          code: env.get('PHONE_BYPASS_CODE', '123456'),
        }
      : null,

  sms: {
    driver: env.get('SMS_DRIVER', app.inProduction ? 'http' : 'log'),
    http: {
      url: env.get('SMS_HTTP_URL'),
      token: env.get('SMS_HTTP_TOKEN'),
    },
  },
}

export type IdentityConfig = typeof identityConfig
export default identityConfig
