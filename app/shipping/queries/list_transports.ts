import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingTransport from '#shipping/models/shipping_transport'
import { orderedNewestFirst } from '#shipping/services/ordering'
import { whereTransportState } from '#shipping/enums/transport_state'
import type { TransportFilters } from '#shipping/validators/list_validators'

/**
 * Transports, all or one driver's: filters `completed`, `state`, `driver_uuid`,
 * `distribution_center_code_source`/`_destination`; `ordering` over the
 * three timestamps.
 */
export class ListTransports {
  async handle(filters: TransportFilters, scope: { driverUuid?: string } = {}) {
    const query = ShippingTransport.query()
    if (scope.driverUuid !== undefined) query.where('driver_uuid', scope.driverUuid)
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
}
