import type { Ordering } from '#core/http/list_params'

/**
 * The requested ordering, then newest first; `id` always breaks ties so
 * pages never overlap.
 */
export function orderedNewestFirst<
  Query extends { orderBy(column: string, direction: 'asc' | 'desc'): any },
>(query: Query, ordering: Ordering): Query {
  for (const { column, direction } of ordering) query.orderBy(column, direction)
  if (ordering.length === 0) query.orderBy('timestamp_created', 'desc')
  query.orderBy('id', 'desc')
  return query
}
