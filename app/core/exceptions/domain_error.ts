import { Exception } from '@adonisjs/core/exceptions'

export type ApiErrorEntry = { message: string; code: string; field?: string }

/**
 * Base class for the errors a use case raises on purpose: a stable machine
 * code (the reference API's codes, e.g. `ShippingBatchCompleted`), an HTTP
 * status and a human message. The exception handler renders them in the API
 * envelope, or flashes them for Inertia pages.
 *
 *   export class BatchCompleted extends DomainError {
 *     static status = 400
 *     static code = 'ShippingBatchCompleted'
 *     static message = 'ShippingBatch already completed.'
 *   }
 */
export class DomainError extends Exception {
  /**
   * Field-level entries (bulk operations report one per failing element).
   */
  readonly entries?: ApiErrorEntry[]

  /** Response headers that go with the error (`Retry-After`). */
  readonly headers?: Record<string, string>

  /**
   * What a person is told in the console when it differs from the API's
   * `message` (which keeps the reference API's wording).
   */
  reason?: string

  constructor(
    message?: string,
    options?: { entries?: ApiErrorEntry[]; headers?: Record<string, string>; cause?: unknown }
  ) {
    super(message, { cause: options?.cause })
    this.entries = options?.entries
    this.headers = options?.headers
  }

  toEntries(): ApiErrorEntry[] {
    return this.entries ?? [{ message: this.message, code: this.code ?? 'error' }]
  }
}

/** The 429 message, as the reference's framework words it. */
export function throttledMessage(retryAfterSeconds: number) {
  return `Request was throttled. Expected available in ${retryAfterSeconds} seconds.`
}

/**
 * 404 for a lookup that found nothing: `No ShippingTransport matches the given query.`
 */
export class NotFoundError extends DomainError {
  static status = 404
  static code = 'not_found'

  static forResource(name: string) {
    return new NotFoundError(`No ${name} matches the given query.`)
  }
}

/**
 * 409 for a write that conflicts with the current state of other records.
 */
export class ConflictError extends DomainError {
  static status = 409
  static code = 'conflict'
}

/**
 * 400 with one entry per refused input field, or per element of a bulk
 * request (`field` = `"<index>.tracking_number"`), in the validation error
 * shape.
 */
export class FieldErrors extends DomainError {
  static status = 400
  static code = 'invalid'

  constructor(entries: ApiErrorEntry[]) {
    super(entries[0]?.message ?? 'Invalid input.', { entries })
  }
}

/**
 * 400 about one input field:
 * `{"message":"phonenumber already exists.","code":"invalid","field":"phonenumber"}`.
 */
export class FieldError extends FieldErrors {
  constructor(field: string, message: string, code = 'invalid') {
    super([{ message, code, field }])
  }
}

/**
 * 401 for credentials that are present but refused (reference codes
 * `user_banned`, `user_inactive`, `token_not_valid`).
 */
export class AuthenticationError extends DomainError {
  static status = 401
  static code = 'authentication_failed'

  constructor(message: string, code: string) {
    super(message, { entries: [{ message, code }] })
  }
}

/**
 * 403: the principal is known but may not do this.
 */
export class PermissionDenied extends DomainError {
  static status = 403
  static code = 'permission_denied'
  static message = 'You do not have permission to perform this action.'
}
