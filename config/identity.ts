import env from '#start/env'
import app from '@adonisjs/core/services/app'

/**
 * Sign-in settings of the auth module: token lifetimes, phone one-time
 * codes (OWASP ASVS L2: 6 CSPRNG digits, 3 minutes, single use, 5 wrong
 * guesses, escalating cooldowns per number) and SMS delivery.
 */
const bypassRegex = env.get('PHONE_BYPASS_REGEX')

const identityConfig = {
  accessTokenTtlSeconds: 60 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
  // However often it is refreshed, a sign-in ends this long after it began.
  refreshFamilyTtlSeconds: 90 * 24 * 60 * 60,

  /**
   * Verified access tokens, API keys and their accounts, kept per web
   * process (ADR 0020): every change reaches each process at once over
   * Redis; `ttlMs` bounds one whose message was lost: 0 turns it off, at
   * most a minute.
   */
  credentialCache: {
    ttlMs: Math.min(env.get('CREDENTIAL_CACHE_MS', 5_000), 60_000),
    maxEntries: 10_000,
  },

  /**
   * Browser sessions (Redis): ended after 2 hours without a request, and 12
   * hours after sign-in whatever the activity.
   */
  webSessions: { idleTimeoutSeconds: 2 * 60 * 60, absoluteLifetimeSeconds: 12 * 60 * 60 },

  /**
   * Password sign-in attempts per account (API and /login alike), on top of
   * the per-address limit, each counted before the password is checked: 10
   * from one address in 15 minutes, then that address may not try the
   * account for 15 minutes; 100 from all addresses, then nobody may. A
   * stranger can thus lock out only their own address, short of a botnet; a
   * success starts both counts again.
   */
  passwordFailures: {
    perAddress: 10,
    perAccount: 100,
    windowSeconds: 15 * 60,
    blockSeconds: 15 * 60,
  },

  /**
   * Staff second factor (TOTP, RFC 6238; ADR 0013). `required`: an
   * administrator without one may sign in only to set it up.
   */
  secondFactor: {
    staffMfa: env.get('STAFF_MFA', 'optional') as 'optional' | 'required',
    issuer: 'Waybill',
    /** How long the password step waits for the code step (browser sign-in). */
    challengeTtlSeconds: 5 * 60,
    recoveryCodes: 10,
    /**
     * Codes tried per account, counted before the code is checked (sign-in,
     * enrolment, turning it off, new recovery codes alike): 5 in 15 minutes,
     * then 15 minutes closed. Only someone who has the password gets here,
     * so the limit is per account alone; a success starts the count again.
     */
    failures: { perAccount: 5, windowSeconds: 15 * 60, blockSeconds: 15 * 60 },
  },

  phoneCodes: {
    digits: 6,
    ttlSeconds: 3 * 60,
    maxFailedAttempts: 5,
    /**
     * After the n-th code a number was sent within `cooldownWindowSeconds`,
     * the next one waits `cooldownsSeconds[n - 1]` (the last entry repeats):
     * a resend after 30 s, never a wait longer than 15 minutes, and at most
     * 4 codes an hour once a number keeps asking (ADR 0008).
     */
    cooldownsSeconds: [30, 60, 120, 300, 600, 900],
    cooldownWindowSeconds: 24 * 60 * 60,
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
    /** ISO 3166 alpha-2 regions codes may be sent to (SMS-pumping fraud). */
    allowedCountries: env.get('SMS_ALLOWED_COUNTRIES') ?? ['KR'],
    driver: env.get('SMS_DRIVER', app.inProduction ? 'http' : 'log'),
    http: {
      url: env.get('SMS_HTTP_URL'),
      token: env.get('SMS_HTTP_TOKEN'),
    },
  },
}

export type IdentityConfig = typeof identityConfig
export default identityConfig
