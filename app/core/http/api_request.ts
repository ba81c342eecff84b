/**
 * The JSON API lives under /api: JSON errors, open CORS, no CSRF.
 */
export function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/')
}
