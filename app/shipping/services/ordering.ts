import type { Ordering } from '#core/validation/list_params'

/**
 * The requested ordering (newest first by default); `id`, in the direction
 * of the first key, breaks ties so pages never overlap and rows created in
 * the same instant keep their creation order. `reversed` turns every key
 * around: the same list read from its end (NULLs included, as each
 * database sorts them at one end per direction).
 */
export function orderedNewestFirst<
  Query extends { orderBy(column: string, direction: 'asc' | 'desc'): any },
>(query: Query, ordering: Ordering, options: { reversed?: boolean } = {}): Query {
  const turn = (direction: 'asc' | 'desc') =>
    options.reversed ? (direction === 'asc' ? 'desc' : 'asc') : direction
  for (const { column, direction } of ordering) query.orderBy(column, turn(direction))
  if (ordering.length === 0) query.orderBy('timestamp_created', turn('desc'))
  query.orderBy('id', turn(ordering[0]?.direction ?? 'desc'))
  return query
}
