/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the app reads is declared and validated here; the process
| refuses to boot with a message naming the variable that is missing or
| malformed. `.env.example` documents each one.
|
*/
import { Env } from '@adonisjs/core/env'
import { isSupportedCountry } from 'libphonenumber-js/max'
import { parseTrustedProxies } from '#core/http/trusted_proxies'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number(),
  HOST: Env.schema.string({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  LOG_LEVEL: Env.schema.enum([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),

  /*
  | Browser sessions: redis (default; server-side, shared by every process) or
  | memory (one process: tests only).
  */
  SESSION_DRIVER: Env.schema.enum.optional(['redis', 'memory'] as const),

  /*
  | Reverse proxies whose X-Forwarded-* headers are believed (comma-separated
  | addresses, CIDR ranges, or loopback / linklocal / uniquelocal). Default: none.
  */
  TRUSTED_PROXIES: (name: string, value?: string) => {
    if (value === undefined || value.trim() === '') return undefined
    try {
      return parseTrustedProxies(value)
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`)
    }
  },

  /*
  | Database: SQLite (a file under tmp/) unless DB_CONNECTION=pg.
  */
  DB_CONNECTION: Env.schema.enum.optional(['sqlite', 'pg'] as const),
  SQLITE_FILE: Env.schema.string.optional(),
  PG_HOST: Env.schema.string.optional({ format: 'host' }),
  PG_PORT: Env.schema.number.optional(),
  PG_USER: Env.schema.string.optional(),
  PG_PASSWORD: Env.schema.secret.optional(),
  PG_DB_NAME: Env.schema.string.optional(),
  // Hot reads as named prepared statements (ADR 0017); false behind a pooler that cannot carry them.
  PG_PREPARED_STATEMENTS: Env.schema.boolean.optional(),

  /*
  | Redis: queues, rate limits, heartbeat.
  */
  REDIS_HOST: Env.schema.string({ format: 'host' }),
  REDIS_PORT: Env.schema.number(),
  REDIS_PASSWORD: Env.schema.secret.optional(),
  // Database index (default 0): lets deployments, or test runs, share one Redis.
  REDIS_DB: Env.schema.number.optional(),

  /*
  | Queues (BullMQ on the Redis above).
  */
  QUEUE_PREFIX: Env.schema.string.optional(),
  QUEUE_WORKERS_EXPECTED: Env.schema.boolean.optional(),
  // How long a job stays locked to its worker: a dead worker's jobs are taken back after it.
  QUEUE_LOCK_MS: Env.schema.number.optional(),
  QUEUE_DISCOVER_EXTRA: Env.schema.string.optional(),
  QUEUE_EVENTS_GROUP_MAX: Env.schema.number.optional(),

  /*
  | Public base URL of this app, used for absolute links to uploaded files
  | (defaults to http://HOST:PORT).
  */
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),

  /*
  | Uploaded files (profile images): folder on the local disk.
  */
  UPLOADS_PATH: Env.schema.string.optional(),

  /*
  | Proof of delivery a driver must give to complete a transport: a comma list of
  | photo, signature, name (default empty: none required; any given is kept).
  */
  PROOF_OF_DELIVERY_REQUIRED: (name: string, value?: string) => {
    if (value === undefined || value.trim() === '') return [] as ('photo' | 'signature' | 'name')[]
    const parts = value.split(',').map((part) => part.trim().toLowerCase())
    const known = ['photo', 'signature', 'name'] as const
    const wrong = parts.filter((part) => !(known as readonly string[]).includes(part))
    if (wrong.length > 0) {
      throw new Error(`${name}: not one of photo, signature, name: ${wrong.join(', ')}`)
    }
    return [...new Set(parts)] as (typeof known)[number][]
  },

  /*
  | The API reference at /api/docs: open to anyone (default in development)
  | or to signed-in staff only (default elsewhere).
  */
  API_DOCS_PUBLIC: Env.schema.boolean.optional(),

  /*
  | The business's time zone (IANA name): API datetimes are rendered in it and
  | tracking numbers and batch aliases carry its date. Default Asia/Seoul.
  */
  BUSINESS_TIMEZONE: Env.schema.string.optional(),

  /*
  | Staff second factor (TOTP): optional (default) or required for administrators.
  */
  STAFF_MFA: Env.schema.enum.optional(['optional', 'required'] as const),

  /*
  | How long (ms) a web process keeps a verified access token and its account (ADR 0020); 0: never.
  */
  CREDENTIAL_CACHE_MS: Env.schema.number.optional(),

  /*
  | Phone one-time codes: how SMS are sent, and test numbers (never in production).
  */
  SMS_DRIVER: Env.schema.enum.optional(['log', 'http'] as const),
  SMS_HTTP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  SMS_HTTP_TOKEN: Env.schema.secret.optional(),
  // Comma-separated ISO 3166 alpha-2 codes (default KR) codes may be sent to.
  SMS_ALLOWED_COUNTRIES: (name: string, value?: string) => {
    if (value === undefined || value.trim() === '') return undefined
    const codes = value.split(',').map((code) => code.trim().toUpperCase())
    const wrong = codes.filter((code) => !isSupportedCountry(code))
    if (wrong.length > 0) {
      throw new Error(`${name}: not ISO 3166 alpha-2 region codes: ${wrong.join(', ')}`)
    }
    return codes
  },
  PHONE_BYPASS_REGEX: Env.schema.string.optional(),

  /*
  | /metrics (Prometheus text format) answers only with this bearer token;
  | without it the endpoint does not exist.
  */
  METRICS_TOKEN: Env.schema.secret.optional(),
  PHONE_BYPASS_CODE: Env.schema.string.optional(),
})
