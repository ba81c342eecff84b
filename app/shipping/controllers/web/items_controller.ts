import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListItems } from '#shipping/queries/list_items'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { listItemsValidator } from '#shipping/validators/list_validators'
import { ITEM_STATUSES } from '#shipping/enums/item_status'

/**
 * The console's item screens: the same query, filters and rows as
 * `GET /api/v1/shipping/shippingitems/`, presented as page props.
 */
@inject()
export default class ItemsController {
  constructor(private views: ShippingViews) {}

  @inject()
  async index({ bouncer, inertia, request }: HttpContext, list: ListItems) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listItemsValidator, { data: request.qs() })
    const items = await presentInertiaPage(await list.handle(filters), filters, (rows) =>
      this.views.items(rows)
    )
    return inertia.render('shipping/items/index', { items, statuses: [...ITEM_STATUSES] })
  }
}
