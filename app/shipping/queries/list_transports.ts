import { inject } from '@adonisjs/core'
import type { HttpRequest } from '@adonisjs/core/http'
import { paginate, pageRequestFrom } from '#core/http/pagination'
import { booleanFilter, orderingFrom, textFilter, uuidFilter } from '#core/http/list_params'
import ShippingTransport from '#shipping/models/shipping_transport'
import { ShippingViews } from '#shipping/queries/shipping_views'
import { orderedNewestFirst } from '#shipping/queries/ordering'

export const TRANSPORT_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_departed: 'timestamp_departed',
  timestamp_arrived: 'timestamp_arrived',
}

/**
 * Transports, all or one driver's: filters `completed`, `driver_uuid`,
 * `distribution_center_code_source`/`_destination`; `ordering` over the
 * three timestamps.
 */
@inject()
export class ListTransports {
  constructor(private views: ShippingViews) {}

  async handle(request: HttpRequest, scope: { driverUuid?: string } = {}) {
    const qs = request.qs()
    const query = ShippingTransport.query()
    if (scope.driverUuid !== undefined) query.where('driver_uuid', scope.driverUuid)
    const completed = booleanFilter(qs, 'completed')
    if (completed !== undefined) query.where('completed', completed)
    const driver = uuidFilter(qs, 'driver_uuid')
    if (driver) query.where('driver_uuid', driver)
    for (const field of [
      'distribution_center_code_source',
      'distribution_center_code_destination',
    ]) {
      const code = textFilter(qs, field)
      if (code) query.where(field, code)
    }
    orderedNewestFirst(query, orderingFrom(qs, TRANSPORT_ORDERING))
    return paginate(query, pageRequestFrom(qs), request, (transports) =>
      this.views.transports(transports)
    )
  }
}
