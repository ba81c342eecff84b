import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { actorOf } from '#core/auth/principal'
import { apiDateTime } from '#core/time/business_time'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListItems } from '#shipping/queries/list_items'
import { ItemTimeline } from '#shipping/queries/item_timeline'
import { ItemRules } from '#shipping/queries/item_rules'
import { ShippingLookups } from '#shipping/queries/lookups'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { CreateItem } from '#shipping/actions/create_item'
import { ChangeItem } from '#shipping/actions/change_item'
import { DeleteItem } from '#shipping/actions/delete_item'
import { itemTimelineValidator, listItemsValidator } from '#shipping/validators/list_validators'
import {
  changeItemValidator,
  createItemValidator,
  reportItemValidator,
} from '#shipping/validators/shipping_validators'
import { ITEM_STATUSES } from '#shipping/enums/item_status'

/** Timeline lines on one page of the item screen (the API's default is 10), as a query string has it. */
const TIMELINE_PAGE_SIZE = '50'

/**
 * The console's item screens: the same queries, validators and actions as
 * `/api/v1/shipping/shippingitems/`, presented as page props; every change
 * ends in a redirect with a flash.
 */
@inject()
export default class ItemsController {
  constructor(
    private views: ShippingViews,
    private lookups: ShippingLookups
  ) {}

  @inject()
  async index({ bouncer, inertia, request }: HttpContext, list: ListItems) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listItemsValidator, { data: request.qs() })
    const items = await presentInertiaPage(await list.handle(filters), filters, (rows) =>
      this.views.items(rows)
    )
    return inertia.render('shipping/items/index', { items, statuses: [...ITEM_STATUSES] })
  }

  async create({ bouncer, inertia }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('write')
    return inertia.render('shipping/items/create', {})
  }

  @inject()
  async store({ bouncer, principal, request, response, session }: HttpContext, create: CreateItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { sku } = await request.validateUsing(createItemValidator)
    const item = await create.handle({ sku, actor: actorOf(principal) })
    session.flash('success', `Item ${item.trackingNumber} created.`)
    return response.redirect().toRoute('shipping.items.show', {
      tracking_number: item.trackingNumber,
    })
  }

  /** Details, batches, the timeline (oldest first, paged) and what may be done now. */
  @inject()
  async show(
    { bouncer, inertia, params, request }: HttpContext,
    timeline: ItemTimeline,
    rules: ItemRules
  ) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const item = await this.lookups.item(params.tracking_number)
    const filters = await request.validateUsing(itemTimelineValidator, {
      data: { page_size: TIMELINE_PAGE_SIZE, ...request.qs() },
    })
    const [view, events, itemRules, canWrite] = await Promise.all([
      this.views.item(item),
      timeline
        .handle(item.id, filters)
        .then((page) => presentInertiaPage(page, filters, (rows) => this.views.timeline(rows))),
      rules.of(item),
      bouncer.with(ShippingPolicy).allows('write'),
    ])
    return inertia.render('shipping/items/show', {
      item: { ...view, timestamp_updated: apiDateTime(item.updatedAt) },
      timeline: events,
      rules: { ...itemRules, canWrite },
    })
  }

  async edit({ bouncer, inertia, params }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const item = await this.lookups.item(params.tracking_number)
    return inertia.render('shipping/items/edit', { item: await this.views.item(item) })
  }

  /** The sku (the status changes through a report, with its note). */
  @inject()
  async update(
    { bouncer, params, principal, request, response, session }: HttpContext,
    change: ChangeItem
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { sku } = await request.validateUsing(changeItemValidator)
    const item = await change.handle(params.tracking_number, { sku }, actorOf(principal))
    session.flash('success', `Item ${item.trackingNumber} saved.`)
    return response.redirect().toRoute('shipping.items.show', {
      tracking_number: item.trackingNumber,
    })
  }

  @inject()
  async report(
    { bouncer, params, principal, request, response, session }: HttpContext,
    change: ChangeItem
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const report = await request.validateUsing(reportItemValidator)
    const item = await change.handle(
      params.tracking_number,
      { status: report.status, note: report.note || null },
      actorOf(principal)
    )
    session.flash('success', `Item ${item.trackingNumber} reported ${item.status}.`)
    return response.redirect().toRoute('shipping.items.show', {
      tracking_number: item.trackingNumber,
    })
  }

  @inject()
  async destroy({ bouncer, params, response, session }: HttpContext, remove: DeleteItem) {
    await bouncer.with(ShippingPolicy).authorize('write')
    await remove.handle(params.tracking_number)
    session.flash('success', `Item ${params.tracking_number} deleted.`)
    return response.redirect().toRoute('shipping.items.index')
  }
}
