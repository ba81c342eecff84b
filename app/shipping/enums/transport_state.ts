/**
 * Where a transport is in its life, derived from its fields (there is no
 * state column): planned with no driver, planned with one, departed, or
 * arrived. The list filters by it and the console shows it; both read the
 * definitions here, in SQL (`whereTransportState`) and in code
 * (`transportStateOf`).
 */
export const TRANSPORT_STATES = [
  'waiting_for_driver',
  'assigned',
  'on_the_road',
  'arrived',
] as const
export type TransportState = (typeof TRANSPORT_STATES)[number]

type StateFields = {
  completed: boolean
  timestampDeparted: unknown
  driverUuid: string | null
}

export function transportStateOf(transport: StateFields): TransportState {
  if (transport.completed) return 'arrived'
  if (transport.timestampDeparted !== null) return 'on_the_road'
  return transport.driverUuid === null ? 'waiting_for_driver' : 'assigned'
}

type WhereBuilder = {
  where(column: string, value: unknown): WhereBuilder
  whereNull(column: string): WhereBuilder
  whereNotNull(column: string): WhereBuilder
}

/** Narrows a transports query to one state (the same definitions as `transportStateOf`). */
export function whereTransportState<Query extends WhereBuilder>(
  query: Query,
  state: TransportState
): Query {
  switch (state) {
    case 'arrived':
      query.where('completed', true)
      break
    case 'on_the_road':
      query.where('completed', false).whereNotNull('timestamp_departed')
      break
    case 'assigned':
      query.where('completed', false).whereNull('timestamp_departed').whereNotNull('driver_uuid')
      break
    case 'waiting_for_driver':
      query.where('completed', false).whereNull('timestamp_departed').whereNull('driver_uuid')
      break
  }
  return query
}
