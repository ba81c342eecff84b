/**
 * The JSON API lives under /api: JSON errors, open CORS, no CSRF. The API
 * reference's page (/api/docs) is a page: a sign-in redirect or a
 * forbidden page, like any other.
 */
export function isApiRequest(url: string): boolean {
  if (url === '/api/docs' || url === '/api/docs/') return false
  return url === '/api' || url.startsWith('/api/')
}
