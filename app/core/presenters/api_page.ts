import type { HttpRequest } from '@adonisjs/core/http'
import type { Page } from '#core/queries/page'
import { appUrl } from '#core/http/public_url'

/**
 * The reference API's list envelope (DRF page-number pagination), with
 * `items_per_page` telling the real page size.
 */
export type ApiPage<T> = {
  count: number
  next: string | null
  previous: string | null
  current_page: number
  items_per_page: number
  results: T[]
}

/**
 * A query's page as the API v1 answers it: `next` and `previous` are
 * absolute URLs of the same request with another page (its other query
 * params kept), `results` the rows in the API's shape (turned in one go,
 * so embedded records load in batches).
 */
export async function presentApiPage<Row, T>(
  page: Page<Row>,
  request: HttpRequest,
  present: (rows: Row[]) => T[] | Promise<T[]>
): Promise<ApiPage<T>> {
  return {
    count: page.total,
    next: page.page < page.lastPage ? pageUrl(request, page.page + 1) : null,
    previous: page.page > 1 ? pageUrl(request, page.page - 1) : null,
    current_page: page.page,
    items_per_page: page.pageSize,
    results: await present(page.rows),
  }
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
