import type { HttpRequest } from '@adonisjs/core/http'
import { FieldErrors } from '#core/exceptions/domain_error'

/**
 * A bulk endpoint's body: a JSON array, or one object standing for a
 * one-element array (the reference API's `BulkDataPostAPIView`).
 */
export function bulkBody(request: HttpRequest): unknown[] {
  const body: unknown = request.body()
  return Array.isArray(body) ? body : [body]
}

/**
 * Fields that may be left out but not sent empty: the body parser turns ""
 * into null and VineJS lets an optional null through, so a client that
 * sent `"status": ""` would otherwise get a silent no-op.
 */
export function rejectNulls(request: HttpRequest, fields: string[]) {
  const body: unknown = request.body()
  if (!body || typeof body !== 'object' || Array.isArray(body)) return
  const entries = fields
    .filter((field) => Object.hasOwn(body, field) && (body as any)[field] === null)
    .map((field) => ({ message: 'This field may not be null.', code: 'null', field }))
  if (entries.length > 0) throw new FieldErrors(entries)
}
