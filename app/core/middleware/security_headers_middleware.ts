import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { isApiRequest } from '#core/http/api_request'

/** What a preflight answer depends on besides the Origin (config/cors.ts reflects the asked-for headers). */
const PREFLIGHT_VARY = 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers'

/**
 * Headers every answer carries, whether a route matched or not (shield adds
 * its own, CSP included, on matched routes: core/middleware/browser_state_middleware):
 *  - `Referrer-Policy: same-origin`: URLs (uuids, tracking numbers, filters)
 *    are not sent to other sites;
 *  - `Vary` on `/api`, where CORS reflects the caller's Origin: a shared
 *    cache must not serve one origin's answer to another. Set before the
 *    CORS middleware, which answers preflights without going further.
 */
export default class SecurityHeadersMiddleware {
  async handle({ request, response }: HttpContext, next: NextFn) {
    response.header('Referrer-Policy', 'same-origin')
    if (isApiRequest(request.url())) {
      response.append('Vary', request.method() === 'OPTIONS' ? PREFLIGHT_VARY : 'Origin')
    }
    return next()
  }
}
