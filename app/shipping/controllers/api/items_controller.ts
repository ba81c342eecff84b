import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { actorOf } from '#core/auth/principal'
import { rejectNulls } from '#core/http/request_body'
import { presentApiPage } from '#core/presenters/api_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { ListItems } from '#shipping/queries/list_items'
import { ItemTimeline } from '#shipping/queries/item_timeline'
import { ShippingLookups } from '#shipping/queries/lookups'
import { CreateItem } from '#shipping/actions/create_item'
import { ChangeItem } from '#shipping/actions/change_item'
import { DeleteItem } from '#shipping/actions/delete_item'
import {
  changeItemValidator,
  createItemValidator,
  reportItemValidator,
} from '#shipping/validators/shipping_validators'
import { itemTimelineValidator, listItemsValidator } from '#shipping/validators/list_validators'
import { ItemEventTransformer } from '#shipping/transformers/item_event_transformer'

/** `/api/v1/shipping/shippingitems/`, looked up by tracking number. */
@inject()
export default class ItemsController {
  constructor(
    private views: ShippingViews,
    private lookups: ShippingLookups
  ) {}

  @inject()
  async index({ bouncer, request }: HttpContext, list: ListItems) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listItemsValidator, { data: request.qs() })
    return presentApiPage(await list.handle(filters), request, (items) => this.views.items(items))
  }

  @inject()
  async store({ bouncer, principal, request, response }: HttpContext, create: CreateItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { sku } = await request.validateUsing(createItemValidator)
    const item = await create.handle({ sku, actor: actorOf(principal) })
    response.status(201)
    return this.views.item(item)
  }

  async show({ bouncer, params }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('read')
    return this.views.item(await this.lookups.itemView(params.tracking_number))
  }

  @inject()
  async update({ bouncer, params, principal, request }: HttpContext, change: ChangeItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    rejectNulls(request, ['sku', 'status'])
    const changes = await request.validateUsing(changeItemValidator)
    const item = await change.handle(params.tracking_number, changes, actorOf(principal))
    return this.views.item(item)
  }

  @inject()
  async report({ bouncer, params, principal, request }: HttpContext, change: ChangeItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const report = await request.validateUsing(reportItemValidator)
    const item = await change.handle(
      params.tracking_number,
      { status: report.status, note: report.note ?? null },
      actorOf(principal)
    )
    return this.views.item(item)
  }

  @inject()
  async destroy({ bouncer, params, response }: HttpContext, remove: DeleteItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    await remove.handle(params.tracking_number)
    response.status(204)
  }

  @inject()
  async events({ bouncer, params, request }: HttpContext, timeline: ItemTimeline) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const item = await this.lookups.item(params.tracking_number)
    const filters = await request.validateUsing(itemTimelineValidator, { data: request.qs() })
    return presentApiPage(await timeline.handle(item.id, filters), request, (entries) =>
      entries.map((entry) => ItemEventTransformer.toJson(entry))
    )
  }
}
