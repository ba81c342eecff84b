import type { HttpRequest } from '@adonisjs/core/http'

/**
 * The JSON API lives under /api: JSON errors, open CORS, no CSRF. The API
 * reference's page (/api/docs) is a page: a sign-in redirect or a
 * forbidden page, like any other.
 */
export function isApiRequest(url: string): boolean {
  if (url === '/api/docs' || url === '/api/docs/') return false
  return url === '/api' || url.startsWith('/api/')
}

/**
 * An API request carrying an `Authorization` header authenticates with that
 * alone (a bearer token or an API key; anything else is refused or treated
 * as anonymous): it has no browser session and needs no CSRF token.
 */
export function bringsOwnCredentials(request: HttpRequest): boolean {
  return isApiRequest(request.url()) && Boolean(request.header('authorization')?.trim())
}

/** The health probes and the metrics scrape (app/core/routes.ts). */
const PROBE_PATHS = new Set(['/health/live', '/health/ready', '/metrics'])

/**
 * Paths that serve no page: the JSON API, the health probes and the metrics
 * scrape (with or without a trailing slash, as the router takes them).
 * Machines call them, and a browser app calls the API with the session its
 * pages started. Any other path is a page, a missing one included.
 */
export function servesNoPages(url: string): boolean {
  return isApiRequest(url) || PROBE_PATHS.has(url.length > 1 ? url.replace(/\/$/, '') : url)
}
