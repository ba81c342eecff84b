import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import { fetchPreparedPage, type Page } from '#core/queries/page'
import { preparedRows, preparedRowsOf } from '#core/db/prepared'
import { inListCondition } from '#core/db/id_lists'
import { dbTimestamp, instantOf } from '#core/db/timestamps'
import { pageRequestOf } from '#core/validation/list_params'
import type { Instant } from '#core/time/business_time'
import type ShippingTransport from '#shipping/models/shipping_transport'
import { orderedNewestFirst } from '#shipping/services/ordering'
import { whereTransportState, type TransportState } from '#shipping/enums/transport_state'
import type { TransportFilters } from '#shipping/validators/list_validators'

/** Whose transports, and how far back arrived ones go (the driver app shows 30 days). */
export type TransportScope = { driverUuid?: string; arrivedSince?: DateTime }

/**
 * A transport as its lists and the API present it (API, console and driver
 * app alike). A model fits; the rows a list reads are plain objects, as the
 * item list's are (ADR 0017): a model per row (its proxy, its original
 * values, a luxon `DateTime` per timestamp) was most of the 18% Lucid took
 * of the transport list's time in its profile, for rows only read.
 */
export type TransportView = Pick<
  ShippingTransport,
  | 'id'
  | 'uuid'
  | 'completed'
  | 'distributionCenterCodeSource'
  | 'distributionCenterCodeDestination'
  | 'driverUuid'
> & {
  timestampCreated: Instant
  timestampDeparted: Instant | null
  timestampArrived: Instant | null
}

/** The columns behind {@link TransportView}. */
const VIEW_COLUMNS = [
  'id',
  'uuid',
  'completed',
  'distribution_center_code_source',
  'distribution_center_code_destination',
  'driver_uuid',
  'timestamp_created',
  'timestamp_departed',
  'timestamp_arrived',
]

/** The statement behind `transportViewsByIds`, up to its condition: written once, not per call. */
const BY_IDS_SQL = `select ${VIEW_COLUMNS.map((column) => `"${column}"`).join(', ')} from "shipping_transports"`

/** Transports by id, in no particular order (the transports a page of batches is on). */
export async function transportViewsByIds(ids: readonly number[]): Promise<TransportView[]> {
  if (ids.length === 0) return []
  const client = db.connection()
  const list = inListCondition(client, '"id"', [...new Set(ids)])
  const rows = await preparedRows(`${BY_IDS_SQL} where ${list.sql}`, [list.binding], client)
  return rows.map(transportView)
}

/**
 * Transports, all or one driver's: filters `completed`, `state`, `driver_uuid`,
 * `distribution_center_code_source`/`_destination`; `ordering` over the
 * three timestamps. The count and the page run as prepared statements,
 * their values bound; the filters times the orderings make thousands of
 * possible texts, so they are one family whose first few texts are named.
 */
export class ListTransports {
  async handle(
    filters: TransportFilters,
    scope: TransportScope = {}
  ): Promise<Page<TransportView>> {
    const query = this.#scoped(scope)
    if (filters.completed !== undefined) query.where('completed', filters.completed)
    if (filters.state) whereTransportState(query, filters.state)
    if (filters.driver_uuid) query.where('driver_uuid', filters.driver_uuid)
    for (const field of [
      'distribution_center_code_source',
      'distribution_center_code_destination',
    ] as const) {
      const code = filters[field]
      if (code) query.where(field, code)
    }
    return fetchPreparedPage(
      orderedNewestFirst(query.select(VIEW_COLUMNS), filters.ordering),
      pageRequestOf(filters),
      transportView,
      'shipping.transport_list'
    )
  }

  /** How many transports of the scope are in each of `states` (one count each). */
  async countByState<State extends TransportState>(
    states: readonly State[],
    scope: TransportScope
  ) {
    const counts = await Promise.all(
      states.map(async (state) => {
        const query = whereTransportState(this.#scoped(scope), state).count('* as total')
        const [row] = await preparedRowsOf(query)
        return [state, Number(row.total)] as const
      })
    )
    return Object.fromEntries(counts) as Record<State, number>
  }

  #scoped(scope: TransportScope) {
    const query = db.from('shipping_transports')
    if (scope.driverUuid !== undefined) query.where('driver_uuid', scope.driverUuid)
    if (scope.arrivedSince !== undefined) {
      // Arrived transports count from this moment; the others are unaffected.
      const since = dbTimestamp(query.client, scope.arrivedSince)
      query.where((inner) =>
        inner.where('completed', false).orWhere('timestamp_arrived', '>=', since)
      )
    }
    return query
  }
}

/** A {@link TransportView} from a row of its columns, as the driver answers it. */
function transportView(row: Record<string, any>): TransportView {
  return {
    id: row.id,
    uuid: row.uuid,
    // SQLite answers 0 or 1.
    completed: Boolean(row.completed),
    distributionCenterCodeSource: row.distribution_center_code_source,
    distributionCenterCodeDestination: row.distribution_center_code_destination,
    driverUuid: row.driver_uuid,
    timestampCreated: instantOf(row.timestamp_created, 'shipping_transports.timestamp_created')!,
    timestampDeparted: instantOf(row.timestamp_departed, 'shipping_transports.timestamp_departed'),
    timestampArrived: instantOf(row.timestamp_arrived, 'shipping_transports.timestamp_arrived'),
  }
}
