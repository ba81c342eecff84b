import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core/http'

/**
 * The last page route (start/routes.ts): any other GET outside /api. It
 * answers the same 404 as an unmatched URL, but as a routed request, so
 * the session and who is signed in are known: a signed-in staff member sees
 * the not-found page inside the console (with the way back to their work),
 * anyone else in the public layout.
 */
export default class PageNotFoundController {
  async handle({ request }: HttpContext) {
    throw new errors.E_ROUTE_NOT_FOUND([request.method(), request.url()])
  }
}
