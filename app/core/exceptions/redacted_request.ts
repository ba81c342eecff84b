import type { IncomingMessage } from 'node:http'

/** Headers whose values are credentials: never shown on an error page. */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'x-xsrf-token',
])

export const REDACTED = '[redacted]'

/**
 * What the development error page may show of a request: URL, method and
 * headers, with credentials replaced (cookie names kept, values hidden). A
 * page that echoes them hands a session or token to whoever sees a
 * screenshot or a shared log.
 */
export function redactedRequest(request: IncomingMessage) {
  const headers: Record<string, string | string[] | undefined> = {}
  for (const [name, value] of Object.entries(request.headers)) {
    if (!SECRET_HEADERS.has(name)) headers[name] = value
    else if (name === 'cookie' && typeof value === 'string') {
      headers[name] = value
        .split(';')
        .map((pair) => `${pair.split('=')[0].trim()}=${REDACTED}`)
        .join('; ')
    } else headers[name] = REDACTED
  }
  return { url: request.url, method: request.method, headers }
}
