import type { HttpContext } from '@adonisjs/core/http'
import { userOf } from '#core/auth/principal'
import { presentApiPage } from '#core/presenters/api_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListTransports } from '#shipping/queries/list_transports'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { listTransportsValidator } from '#shipping/validators/list_validators'
import { inject } from '@adonisjs/core'
import { transportFor } from '#shipping/transformers/personal_data'

/** `GET /api/v1/shipping/driver/transports/`: the signed-in driver's own transports. */
@inject()
export default class DriverTransportsController {
  constructor(
    private list: ListTransports,
    private views: ShippingViews
  ) {}

  async index({ bouncer, principal, request }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('driverApp')
    const filters = await request.validateUsing(listTransportsValidator, { data: request.qs() })
    const page = await this.list.handle(filters, { driverUuid: userOf(principal)!.uuid })
    return presentApiPage(page, request, async (transports) => {
      const views = await this.views.transports(transports)
      return views.map((view) => transportFor(principal, view))
    })
  }
}
