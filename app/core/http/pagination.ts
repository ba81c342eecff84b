import type { HttpRequest } from '@adonisjs/core/http'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { DomainError } from '#core/exceptions/domain_error'
import { appUrl } from '#core/http/public_url'

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 100

export class InvalidPage extends DomainError {
  static status = 404
  static code = 'not_found'
  static message = 'Invalid page.'
}

/**
 * The reference API's list envelope (DRF page-number pagination), with
 * `items_per_page` telling the real page size.
 */
export type Page<T> = {
  count: number
  next: string | null
  previous: string | null
  current_page: number
  items_per_page: number
  results: T[]
}

export type PageRequest = { page: number | 'last'; pageSize: number }

/**
 * Reads `page` (1-based, or `last`) and `page_size` (default 10, at most 100;
 * anything unusable falls back to the default, as DRF does). A page that is
 * not a positive integer is a 404 `Invalid page.`.
 */
export function pageRequestFrom(qs: Record<string, unknown>): PageRequest {
  return { page: parsePage(qs.page), pageSize: parsePageSize(qs.page_size) }
}

function parsePage(raw: unknown): number | 'last' {
  if (raw === undefined || raw === '') return 1
  if (raw === 'last') return 'last'
  const page = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(page) || page < 1) throw new InvalidPage()
  return page
}

function parsePageSize(raw: unknown): number {
  const size = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(size) || size < 1) return DEFAULT_PAGE_SIZE
  return Math.min(size, MAX_PAGE_SIZE)
}

/**
 * What `paginate` needs of a query: Lucid's database and model query
 * builders both fit.
 */
export interface PageableQuery<Row> {
  client: QueryClientContract
  clone(): PageableQuery<Row>
  clearOrder(): this
  clearLimit(): this
  clearOffset(): this
  as(alias: string): unknown
  forPage(page: number, perPage: number): PromiseLike<Row[]>
}

/**
 * Runs one count and one page query and returns the envelope, with `next` and
 * `previous` as absolute URLs (on APP_URL) that keep the request's other
 * query params.
 * Pages past the last one are 404 `Invalid page.` (page 1 of nothing is an
 * empty page).
 */
export async function paginate<Row, T>(
  query: PageableQuery<Row>,
  pageRequest: PageRequest,
  request: HttpRequest,
  transform: (rows: Row[]) => T[] | Promise<T[]>
): Promise<Page<T>> {
  const { pageSize } = pageRequest
  const count = await countRows(query)
  const lastPage = Math.max(1, Math.ceil(count / pageSize))
  const page = pageRequest.page === 'last' ? lastPage : pageRequest.page
  if (page > lastPage) throw new InvalidPage()

  const rows = count > 0 ? await query.clone().forPage(page, pageSize) : []

  return {
    count,
    next: page < lastPage ? pageUrl(request, page + 1) : null,
    previous: page > 1 ? pageUrl(request, page - 1) : null,
    current_page: page,
    items_per_page: pageSize,
    results: await transform(rows),
  }
}

async function countRows(query: PageableQuery<unknown>): Promise<number> {
  const subQuery = query.clone().clearOrder().clearLimit().clearOffset().as('page_source')
  const [row] = await query.client
    .query()
    .from(subQuery as any)
    .count('* as total')
  return Number(row.total)
}

/**
 * Same URL with another page; page 1 drops the param, as DRF does. Built on
 * the configured public URL, not on the request's (forgeable) host headers.
 */
function pageUrl(request: HttpRequest, page: number): string {
  const url = new URL(request.url(true), appUrl)
  if (page === 1) {
    url.searchParams.delete('page')
  } else {
    url.searchParams.set('page', String(page))
  }
  return url.toString()
}
