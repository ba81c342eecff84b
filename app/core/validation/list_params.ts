import vine, { SimpleErrorReporter, type ValidationError } from '@vinejs/vine'
import type { SchemaTypes } from '@vinejs/vine/types'
import { DEFAULT_PAGE_SIZE, InvalidPage, MAX_PAGE_SIZE, type PageRequest } from '#core/queries/page'
import { noControlCharactersRule } from '#core/validation/text'

/**
 * Building blocks of list filter validators: query strings in, a typed
 * filter object out (`page`, `page_size`, `ordering` and the list's own
 * filters), with the reference API's (DRF / django-filter) semantics:
 * explicit allow-lists; a bad choice or uuid is a 400; unusable booleans,
 * page sizes and unknown ordering keys are ignored; a page that is not a
 * positive integer (or `last`) is a 404 `Invalid page.`.
 */

export type SortDirection = 'asc' | 'desc'

/** Requested sort keys, in order: the API field and the column it sorts. */
export type Ordering = { field: string; column: string; direction: SortDirection }[]

/** 1-based page number or `last`; null when unusable. */
export function parsePage(raw: unknown): number | 'last' | null {
  if (raw === undefined || raw === '') return 1
  if (raw === 'last') return 'last'
  const page = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isSafeInteger(page) && page >= 1 ? page : null
}

/** Anything unusable falls back to the default (as DRF does); capped at 100. */
export function parsePageSize(raw: unknown): number {
  const size = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(size) || size < 1) return DEFAULT_PAGE_SIZE
  return Math.min(size, MAX_PAGE_SIZE)
}

/** `page` and `page_size` of a query string; a bad page is `InvalidPage`. */
export function pageRequestFrom(qs: Record<string, unknown>): PageRequest {
  const page = parsePage(qs.page)
  if (page === null) throw new InvalidPage()
  return { page, pageSize: parsePageSize(qs.page_size) }
}

/**
 * `-timestamp_created,timestamp_completed` → the allowed keys in order;
 * anything else is dropped. `allowed` maps API field → column.
 */
export function parseOrdering(raw: unknown, allowed: Record<string, string>): Ordering {
  const ordering: Ordering = []
  for (const part of (typeof raw === 'string' ? raw : '').split(',')) {
    const field = part.trim().replace(/^-/, '')
    const column = Object.hasOwn(allowed, field) ? allowed[field] : undefined
    if (column && !ordering.some((entry) => entry.column === column)) {
      ordering.push({ field, column, direction: part.trim().startsWith('-') ? 'desc' : 'asc' })
    }
  }
  return ordering
}

/** The query-string form of an ordering (for links and echoed filters). */
export function orderingParam(ordering: Ordering): string | undefined {
  if (ordering.length === 0) return undefined
  return ordering
    .map(({ field, direction }) => (direction === 'desc' ? `-${field}` : field))
    .join(',')
}

const text = (raw: unknown) => (typeof raw === 'string' && raw !== '' ? raw : undefined)

const UUID = /^[\da-f]{8}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{4}-?[\da-f]{12}$/i

/** The rule a bad page reports under; `ListErrorReporter` turns it into `InvalidPage`. */
const INVALID_PAGE = 'invalid_page'

const validPage = vine.createRule((value, _options, field) => {
  if (parsePage(value) === null) field.report(InvalidPage.message, INVALID_PAGE, field)
})

/** Refuses a value outside `choices` (rendered with code `invalid_choice`). */
const oneOf = vine.createRule<{ choices: readonly string[] }>((value, { choices }, field) => {
  const raw = text(value)
  if (raw !== undefined && !choices.includes(raw)) {
    field.report(
      `Select a valid choice. ${raw} is not one of the available choices.`,
      'choiceFilter',
      field
    )
  }
})

const validUuid = vine.createRule((value, _options, field) => {
  const raw = text(value)
  if (raw !== undefined && !UUID.test(raw)) field.report('Enter a valid UUID.', 'uuidFilter', field)
})

/** `page` (default 1) and `page_size` (default 10, at most 100). */
export const pageFields = () => ({
  page: vine
    .any()
    .parse((raw) => raw ?? '')
    .use(validPage())
    .transform((raw) => parsePage(raw) as number | 'last'),
  page_size: vine
    .any()
    .parse((raw) => raw ?? '')
    .transform((raw) => parsePageSize(raw)),
})

/** `ordering` over the keys of `allowed` (API field → column); empty when none is usable. */
export const orderingFilter = (allowed: Record<string, string>) =>
  vine
    .any()
    .parse((raw) => raw ?? '')
    .transform((raw) => parseOrdering(raw, allowed))

/**
 * An exact-match text filter; absent or empty means "no filter". Control
 * characters are a 400, as in bodies (#core/validation/text).
 */
export const textFilter = () =>
  vine
    .any()
    .optional()
    .use(noControlCharactersRule({ multiline: false }))
    .transform((raw) => text(raw))

/** `true`/`false`/`1`/`0` in any case; anything else means "no filter". */
export const booleanFilter = () =>
  vine
    .any()
    .optional()
    .transform((raw) => {
      const value = typeof raw === 'string' ? raw.toLowerCase() : undefined
      if (value === 'true' || value === '1') return true
      if (value === 'false' || value === '0') return false
      return undefined
    })

/** One of `choices`; any other non-empty value is a 400 `invalid_choice`. */
export const choiceFilter = <Choice extends string>(choices: readonly Choice[]) =>
  vine
    .any()
    .optional()
    .use(oneOf({ choices }))
    .transform((raw) => text(raw) as Choice | undefined)

/** A uuid (with or without dashes, any case), normalised; anything else is a 400. */
export const uuidFilter = () =>
  vine
    .any()
    .optional()
    .use(validUuid())
    .transform((raw) => {
      const value = text(raw)
      if (value === undefined) return undefined
      const hex = value.replaceAll('-', '').toLowerCase()
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    })

/**
 * A bad filter is a 400 with every refused filter; only when the filters
 * are fine does a bad page answer, as the reference's 404 `Invalid page.`.
 */
class ListErrorReporter extends SimpleErrorReporter {
  createError(): ValidationError {
    const others = this.errors.filter((error) => error.rule !== INVALID_PAGE)
    if (others.length > 0) {
      this.errors = others
      return super.createError()
    }
    // VineJS throws whatever the reporter creates; this one is a DomainError.
    return new InvalidPage() as unknown as ValidationError
  }
}

/**
 * A list's filter validator: its own filters plus `page` and `page_size`.
 * Validate the query string: `request.validateUsing(v, { data: request.qs() })`.
 */
export function listValidator<Filters extends Record<string, SchemaTypes>>(filters: Filters) {
  const validator = vine.create({ ...filters, ...pageFields() })
  validator.errorReporter = () => new ListErrorReporter()
  return validator
}

/** The page a validated filter object asks for. */
export function pageRequestOf(filters: { page: number | 'last'; page_size: number }): PageRequest {
  return { page: filters.page, pageSize: filters.page_size }
}
