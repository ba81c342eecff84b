import type { Page } from '#core/queries/page'
import { orderingParam, type Ordering } from '#core/validation/list_params'

/** Pager facts for a console page. */
export type PageMeta = {
  total: number
  page: number
  pageSize: number
  lastPage: number
}

/** The filters a list was asked for, in query-string form, for the page to put back in its URL. */
export type EchoedFilters = Record<string, string | number | boolean>

/** Inertia props of a list screen: rows, pager facts and the filters echoed back. */
export type InertiaPage<T> = { data: T[]; meta: PageMeta; filters: EchoedFilters }

/**
 * A query's page as a console screen receives it. `filters` is the
 * validated filter object (what the list understood, not the raw query
 * string): unset filters are left out, the ordering goes back to its
 * `-field,field` form, the page and its size live in `meta`.
 */
export async function presentInertiaPage<Row, T>(
  page: Page<Row>,
  filters: Record<string, unknown> & { ordering?: Ordering },
  present: (rows: Row[]) => T[] | Promise<T[]>
): Promise<InertiaPage<T>> {
  return {
    data: await present(page.rows),
    meta: {
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
      lastPage: page.lastPage,
    },
    filters: echoFilters(filters),
  }
}

export function echoFilters(filters: Record<string, unknown>): EchoedFilters {
  const echoed: EchoedFilters = {}
  for (const [name, value] of Object.entries(filters)) {
    if (name === 'page' || name === 'page_size') continue
    if (name === 'ordering') {
      const param = orderingParam(value as Ordering)
      if (param !== undefined) echoed.ordering = param
      continue
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      echoed[name] = value
    }
  }
  return echoed
}
