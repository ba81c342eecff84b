import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { preparedRowsOf } from '#core/db/prepared'
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
  offset(offset: number): this
  limit(limit: number): this
  as(alias: string): unknown
}

/**
 * Runs one count and (unless nothing matches) one page query. A page past
 * the last one is `InvalidPage` (page 1 of nothing is an empty page).
 */
export async function fetchPage<Row>(
  query: PageableQuery<Row>,
  request: PageRequest
): Promise<Page<Row>> {
  return fetchPageOf(
    {
      count: () => countRows(query),
      slice: ({ offset, limit }) => query.clone().offset(offset).limit(limit),
    },
    request
  )
}

/**
 * `fetchPage` for rows that are only read: `query` (filtered, its columns
 * named, ordered) runs its count and its page as prepared statements
 * (`#core/db/prepared`: its values bound, never written into the text) and
 * answers plain rows, each made a `Row` by `view`. No model is built per
 * row. Its filters and orderings may combine into many texts: they are one
 * `family`, of which only the first few texts are named.
 */
export async function fetchPreparedPage<Row>(
  query: DatabaseQueryBuilderContract<any>,
  request: PageRequest,
  view: (row: Record<string, any>) => Row,
  family: string
): Promise<Page<Row>> {
  return fetchPageOf(
    {
      count: async () => {
        const [row] = await preparedRowsOf(countQuery(query), { family })
        return Number(row.total)
      },
      slice: async ({ offset, limit }) => {
        const rows = await preparedRowsOf(query.clone().offset(offset).limit(limit), { family })
        return rows.map(view)
      },
    },
    request
  )
}

/** Where `fetchPageOf` reads a list: its total, and a run of its rows. */
export interface PageSource<Row> {
  /** Rows matching the filters. */
  count(): PromiseLike<number>
  /** `limit` rows, in list order, after the first `offset`. */
  slice(window: { offset: number; limit: number }): PromiseLike<Row[]>
  /**
   * `limit` rows, still in list order, before the last `offset`: reading
   * from the far end, a page near the end skips few rows instead of most.
   */
  sliceFromEnd?(window: { offset: number; limit: number }): PromiseLike<Row[]>
}

/**
 * A page of `source`: its count, then the page's rows, read from whichever
 * end of the list is nearer (when the source can read backwards).
 */
export async function fetchPageOf<Row>(
  source: PageSource<Row>,
  request: PageRequest
): Promise<Page<Row>> {
  const { pageSize } = request
  const total = await source.count()
  const lastPage = Math.max(1, Math.ceil(total / pageSize))
  const page = request.page === 'last' ? lastPage : request.page
  if (page > lastPage) throw new InvalidPage()
  const window = pageWindow(total, page, pageSize, { backwards: !!source.sliceFromEnd })
  let rows: Row[] = []
  if (window.limit > 0) {
    rows = window.fromEnd ? await source.sliceFromEnd!(window) : await source.slice(window)
  }
  return { rows, total, page, pageSize, lastPage }
}

/**
 * The rows of page `page` in a list of `total`: `limit` rows after `offset`
 * others, counted from the end (`fromEnd`) when that skips fewer, unless
 * the list cannot be read `backwards`.
 */
export function pageWindow(
  total: number,
  page: number,
  pageSize: number,
  options: { backwards?: boolean } = {}
) {
  const offset = (page - 1) * pageSize
  const limit = Math.max(0, Math.min(pageSize, total - offset))
  const offsetFromEnd = total - offset - limit
  return options.backwards !== false && offsetFromEnd < offset
    ? { offset: offsetFromEnd, limit, fromEnd: true }
    : { offset, limit, fromEnd: false }
}

/** The count query of a page: the filtered rows, without order or limits. */
function countQuery(query: PageableQuery<unknown>): DatabaseQueryBuilderContract<any> {
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
