import type { Ordering } from '#core/validation/list_params'

/**
 * The requested ordering (newest first by default); `id`, in the direction
 * of the first key, breaks ties so pages never overlap and rows created in
 * the same instant keep their creation order.
 */
export function orderedNewestFirst<
  Query extends { orderBy(column: string, direction: 'asc' | 'desc'): any },
>(query: Query, ordering: Ordering): Query {
  for (const { column, direction } of ordering) query.orderBy(column, direction)
  if (ordering.length === 0) query.orderBy('timestamp_created', 'desc')
  query.orderBy('id', ordering[0]?.direction ?? 'desc')
  return query
}
