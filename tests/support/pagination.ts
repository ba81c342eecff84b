import type { HttpRequest } from '@adonisjs/core/http'
import { fetchPage, type PageableQuery, type PageRequest } from '#core/queries/page'
import { presentApiPage } from '#core/presenters/api_page'

/** A query's page in the API v1 envelope, in one call (the two halves as a controller chains them). */
export async function paginate<Row, T>(
  query: PageableQuery<Row>,
  pageRequest: PageRequest,
  request: HttpRequest,
  transform: (rows: Row[]) => T[] | Promise<T[]>
) {
  return presentApiPage(await fetchPage(query, pageRequest), request, transform)
}
