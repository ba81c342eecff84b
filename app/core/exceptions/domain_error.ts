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

  constructor(message?: string, options?: { entries?: ApiErrorEntry[]; cause?: unknown }) {
    super(message, { cause: options?.cause })
    this.entries = options?.entries
  }

  toEntries(): ApiErrorEntry[] {
    return this.entries ?? [{ message: this.message, code: this.code ?? 'error' }]
  }
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
