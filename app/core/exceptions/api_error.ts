import { DomainError, throttledMessage, type ApiErrorEntry } from '#core/exceptions/domain_error'

export type ApiErrorBody = { errors: ApiErrorEntry[]; debug?: { name: string; stack?: string } }
export type ApiError = { status: number; body: ApiErrorBody; headers?: Record<string, string> }

/** What a 401 tells the client to send (RFC 9110 §11.6.1). */
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="api"' }

/**
 * Framework errors with a fixed meaning in the reference API: same status,
 * message and code as its clients expect.
 */
const KNOWN_ERRORS: Record<string, { status: number; message: string; code: string }> = {
  E_ROUTE_NOT_FOUND: { status: 404, message: 'Not found.', code: 'not_found' },
  E_UNAUTHORIZED_ACCESS: {
    status: 401,
    message: 'Authentication credentials were not provided.',
    code: 'not_authenticated',
  },
  E_AUTHORIZATION_FAILURE: {
    status: 403,
    message: 'You do not have permission to perform this action.',
    code: 'permission_denied',
  },
}

/**
 * VineJS rule names → the reference API's (DRF's) field error codes.
 */
const RULE_CODES: Record<string, string> = {
  required: 'required',
  requiredWhen: 'required',
  maxLength: 'max_length',
  minLength: 'min_length',
  fixedLength: 'invalid',
  enum: 'invalid_choice',
  in: 'invalid_choice',
  choiceFilter: 'invalid_choice',
  unique: 'unique',
  max: 'max_value',
  min: 'min_value',
  range: 'invalid',
}

/** Every code a request-validation 400 can carry (the API reference lists them). */
export const VALIDATION_CODES = [...new Set([...Object.values(RULE_CODES), 'invalid'])]

type ValidationMessage = { message: string; rule: string; field: string }

function isValidationError(error: any): error is { messages: ValidationMessage[] } {
  return error?.code === 'E_VALIDATION_ERROR' && Array.isArray(error.messages)
}

/**
 * Turns any error into the documented API envelope
 * `{"errors":[{"message","code","field"?}]}` with the right status. Client
 * errors keep their message; server errors never leak internals unless
 * `debug` is on (development only).
 */
export function toApiError(error: any, debug: boolean): ApiError {
  if (error instanceof DomainError) {
    return withChallenge({
      status: error.status,
      body: { errors: error.toEntries() },
      headers: error.headers,
    })
  }

  if (isValidationError(error)) {
    return {
      status: 400,
      body: {
        errors: error.messages.map((entry) => ({
          message: entry.message,
          code: RULE_CODES[entry.rule] ?? 'invalid',
          field: entry.field,
        })),
      },
    }
  }

  const known = typeof error?.code === 'string' ? KNOWN_ERRORS[error.code] : undefined
  if (known) {
    return withChallenge({
      status: known.status,
      body: { errors: [{ message: known.message, code: known.code }] },
    })
  }

  if (error?.code === 'E_TOO_MANY_REQUESTS' && typeof error.getDefaultHeaders === 'function') {
    const headers = error.getDefaultHeaders() as Record<string, string | number>
    const seconds = Number(headers['Retry-After'])
    return {
      status: 429,
      body: {
        errors: [
          {
            message: throttledMessage(seconds),
            code: 'throttled',
          },
        ],
      },
      headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)])),
    }
  }

  const status = Number(error?.status)
  if (status >= 400 && status < 500) {
    return {
      status,
      body: {
        errors: [{ message: String(error.message), code: codeFromFrameworkCode(error.code) }],
      },
    }
  }

  const body: ApiErrorBody = {
    errors: [{ message: 'A server error occurred.', code: 'server_error' }],
  }
  if (debug) {
    body.debug = { name: error?.name ?? 'Error', stack: error?.stack }
  }
  return { status: 500, body }
}

function withChallenge(error: ApiError): ApiError {
  return error.status === 401 ? { ...error, headers: { ...CHALLENGE, ...error.headers } } : error
}

/**
 * `E_REQUEST_ENTITY_TOO_LARGE` → `request_entity_too_large`.
 */
function codeFromFrameworkCode(code: unknown): string {
  return typeof code === 'string' ? code.replace(/^E_/, '').toLowerCase() : 'error'
}
