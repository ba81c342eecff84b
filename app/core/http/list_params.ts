import { FieldError } from '#core/exceptions/domain_error'
import { CONTROL_CHARACTERS_MESSAGE, hasControlCharacters } from '#core/validation/text'

/**
 * Query-string filters and ordering of list endpoints, with the reference
 * API's (django-filter's) semantics: explicit allow-lists, bad choices and
 * uuids are 400s, unusable booleans and unknown ordering fields are ignored.
 */

type QueryString = Record<string, unknown>

export type Ordering = { column: string; direction: 'asc' | 'desc' }[]

/**
 * `ordering=-timestamp_created,timestamp_completed` → the allowed fields in
 * order; anything else is dropped. `allowed` maps API field → column.
 */
export function orderingFrom(qs: QueryString, allowed: Record<string, string>): Ordering {
  const raw = typeof qs.ordering === 'string' ? qs.ordering : ''
  const ordering: Ordering = []
  for (const part of raw.split(',')) {
    const field = part.trim().replace(/^-/, '')
    const column = Object.hasOwn(allowed, field) ? allowed[field] : undefined
    if (column && !ordering.some((entry) => entry.column === column)) {
      ordering.push({ column, direction: part.trim().startsWith('-') ? 'desc' : 'asc' })
    }
  }
  return ordering
}

/** `true`/`false`/`1`/`0` in any case; anything else means "no filter". */
export function booleanFilter(qs: QueryString, name: string): boolean | undefined {
  const raw = typeof qs[name] === 'string' ? (qs[name] as string).toLowerCase() : undefined
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  return undefined
}

/**
 * An exact-match text filter; absent or empty means "no filter". Control
 * characters are a 400, as in bodies (#core/validation/text).
 */
export function textFilter(qs: QueryString, name: string): string | undefined {
  const raw = qs[name]
  if (typeof raw !== 'string' || raw === '') return undefined
  if (hasControlCharacters(raw)) throw new FieldError(name, CONTROL_CHARACTERS_MESSAGE)
  return raw
}

export function choiceFilter<Choice extends string>(
  qs: QueryString,
  name: string,
  choices: readonly Choice[]
): Choice | undefined {
  const raw = textFilter(qs, name)
  if (raw === undefined) return undefined
  if (!choices.includes(raw as Choice)) {
    throw new FieldError(
      name,
      `Select a valid choice. ${raw} is not one of the available choices.`,
      'invalid_choice'
    )
  }
  return raw as Choice
}

const UUID = /^[\da-f]{8}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{12}$/i

export function uuidFilter(qs: QueryString, name: string): string | undefined {
  const raw = textFilter(qs, name)
  if (raw === undefined) return undefined
  if (!UUID.test(raw)) throw new FieldError(name, 'Enter a valid UUID.')
  const hex = raw.replaceAll('-', '').toLowerCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
