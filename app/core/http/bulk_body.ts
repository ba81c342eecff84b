import type { HttpRequest } from '@adonisjs/core/http'

/**
 * A bulk endpoint's body: a JSON array, or one object standing for a
 * one-element array (the reference API's `BulkDataPostAPIView`).
 */
export function bulkBody(request: HttpRequest): unknown[] {
  const body: unknown = request.body()
  return Array.isArray(body) ? body : [body]
}
