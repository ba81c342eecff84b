import env from '#start/env'

/**
 * The app's public base URL (`APP_URL`, else where it listens), without a
 * trailing slash. Links the app hands out (pagination, uploaded files) are
 * built on it, never on the Host or X-Forwarded-Host headers a client may
 * forge.
 */
export const appUrl = (
  env.get('APP_URL') ?? `http://${env.get('HOST')}:${env.get('PORT')}`
).replace(/\/$/, '')
