import type { HttpContext } from '@adonisjs/core/http'
import { userOf } from '#core/auth/principal'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListTransports } from '#shipping/queries/list_transports'
import { inject } from '@adonisjs/core'
import { transportPageFor } from '#shipping/transformers/personal_data'

/** `GET /api/v1/shipping/driver/transports/`: the signed-in driver's own transports. */
@inject()
export default class DriverTransportsController {
  constructor(private list: ListTransports) {}

  async index({ bouncer, principal, request }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('driverApp')
    const page = await this.list.handle(request, { driverUuid: userOf(principal)!.uuid })
    return transportPageFor(principal, page)
  }
}
