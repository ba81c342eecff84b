import db from '@adonisjs/lucid/services/db'
import type { DateTime } from 'luxon'
import { fetchPage } from '#core/queries/page'
import { dbTimestamp } from '#core/db/timestamps'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingTransport from '#shipping/models/shipping_transport'
import { orderedNewestFirst } from '#shipping/services/ordering'
import { whereTransportState, type TransportState } from '#shipping/enums/transport_state'
import type { TransportFilters } from '#shipping/validators/list_validators'

/** Whose transports, and how far back arrived ones go (the driver app shows 30 days). */
export type TransportScope = { driverUuid?: string; arrivedSince?: DateTime }

/**
 * Transports, all or one driver's: filters `completed`, `state`, `driver_uuid`,
 * `distribution_center_code_source`/`_destination`; `ordering` over the
 * three timestamps.
 */
export class ListTransports {
  async handle(filters: TransportFilters, scope: TransportScope = {}) {
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
    return fetchPage(orderedNewestFirst(query, filters.ordering), pageRequestOf(filters))
  }

  /** How many transports of the scope are in each of `states` (one count each). */
  async countByState<State extends TransportState>(
    states: readonly State[],
    scope: TransportScope
  ) {
    const counts = await Promise.all(
      states.map(async (state) => {
        const [row] = await whereTransportState(this.#scoped(scope), state).count('* as total')
        return [state, Number(row.$extras.total)] as const
      })
    )
    return Object.fromEntries(counts) as Record<State, number>
  }

  #scoped(scope: TransportScope) {
    const query = ShippingTransport.query()
    if (scope.driverUuid !== undefined) query.where('driver_uuid', scope.driverUuid)
    if (scope.arrivedSince !== undefined) {
      // Arrived transports count from this moment; the others are unaffected.
      const since = dbTimestamp(db.connection(), scope.arrivedSince)
      query.where((inner) =>
        inner.where('completed', false).orWhere('timestamp_arrived', '>=', since)
      )
    }
    return query
  }
}
