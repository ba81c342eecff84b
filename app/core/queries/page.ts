import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { DomainError } from '#core/exceptions/domain_error'

/**
 * Paged reads, apart from HTTP: a query takes a `PageRequest` (from its
 * filter validator) and answers a `Page` of rows plus the total; presenters
 * (`#core/presenters/*`) turn that into an audience's shape.
 */

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 100

/** Which page: 1-based, or `last`. */
export type PageRequest = { page: number | 'last'; pageSize: number }

/** One page of rows, with what a pager needs to know. */
export type Page<Row> = {
  rows: Row[]
  /** Rows matching the filters, on every page. */
  total: number
  /** The page these rows are (`last` resolved). */
  page: number
  pageSize: number
  lastPage: number
}

/** A page past the last one, or a page that is not a positive integer. */
export class InvalidPage extends DomainError {
  static status = 404
  static code = 'not_found'
  static message = 'Invalid page.'
}

/**
 * What `fetchPage` needs of a query: Lucid's database and model query
 * builders both fit.
 */
export interface PageableQuery<Row> extends PromiseLike<Row[]> {
  client: QueryClientContract
  clone(): this
  clearOrder(): this
  clearLimit(): this
  clearOffset(): this
  as(alias: string): unknown
  forPage(page: number, perPage: number): this
}

/**
 * Runs one count and (unless nothing matches) one page query. A page past
 * the last one is `InvalidPage` (page 1 of nothing is an empty page).
 */
export async function fetchPage<Row>(
  query: PageableQuery<Row>,
  request: PageRequest
): Promise<Page<Row>> {
  const { pageSize } = request
  const total = await countRows(query)
  const lastPage = Math.max(1, Math.ceil(total / pageSize))
  const page = request.page === 'last' ? lastPage : request.page
  if (page > lastPage) throw new InvalidPage()
  const rows = total > 0 ? await pageQuery(query, page, pageSize) : []
  return { rows, total, page, pageSize, lastPage }
}

/** The rows query of a page. */
export function pageQuery<Query extends PageableQuery<unknown>>(
  query: Query,
  page: number,
  pageSize: number
): Query {
  return query.clone().forPage(page, pageSize)
}

/** The count query of a page: the filtered rows, without order or limits. */
export function countQuery(query: PageableQuery<unknown>) {
  const subQuery = query.clone().clearOrder().clearLimit().clearOffset().as('page_source')
  return query.client
    .query()
    .from(subQuery as any)
    .count('* as total')
}

async function countRows(query: PageableQuery<unknown>): Promise<number> {
  const [row] = await countQuery(query)
  return Number(row.total)
}
