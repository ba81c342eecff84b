import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { actorOf } from '#core/auth/principal'
import { bulkBody, rejectNulls } from '#core/http/request_body'
import { presentApiPage } from '#core/presenters/api_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { ListBatches } from '#shipping/queries/list_batches'
import { ListItems } from '#shipping/queries/list_items'
import { ShippingLookups } from '#shipping/queries/lookups'
import { CreateBatch } from '#shipping/actions/create_batch'
import { UpdateBatch } from '#shipping/actions/update_batch'
import { DeleteBatch } from '#shipping/actions/delete_batch'
import { AddItemsToBatch } from '#shipping/actions/add_items_to_batch'
import {
  addItemsValidator,
  changeBatchValidator,
  createBatchValidator,
} from '#shipping/validators/shipping_validators'
import { listBatchesValidator, listItemsValidator } from '#shipping/validators/list_validators'

/** `/api/v1/shipping/batches/`, looked up by alias. */
@inject()
export default class BatchesController {
  constructor(
    private views: ShippingViews,
    private lookups: ShippingLookups
  ) {}

  @inject()
  async index({ bouncer, request }: HttpContext, list: ListBatches) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listBatchesValidator, { data: request.qs() })
    return presentApiPage(await list.handle(filters), request, (batches) =>
      this.views.batches(batches)
    )
  }

  @inject()
  async store({ bouncer, request, response }: HttpContext, create: CreateBatch) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const input = await request.validateUsing(createBatchValidator)
    response.status(201)
    return this.views.batch(await create.handle(input))
  }

  async show({ bouncer, params }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('read')
    return this.views.batch(await this.lookups.batch(params.alias))
  }

  @inject()
  async update({ bouncer, params, request }: HttpContext, update: UpdateBatch) {
    await bouncer.with(ShippingPolicy).authorize('write')
    rejectNulls(request, ['alias', 'completed'])
    const changes = await request.validateUsing(changeBatchValidator)
    return this.views.batch(await update.handle(params.alias, changes))
  }

  @inject()
  async destroy({ bouncer, params, principal, response }: HttpContext, remove: DeleteBatch) {
    await bouncer.with(ShippingPolicy).authorize('write')
    await remove.handle(params.alias, actorOf(principal))
    response.status(204)
  }

  @inject()
  async items({ bouncer, params, request }: HttpContext, list: ListItems) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const batch = await this.lookups.batch(params.alias)
    const filters = await request.validateUsing(listItemsValidator, { data: request.qs() })
    return presentApiPage(await list.handle(filters, { batchId: batch.id }), request, (items) =>
      this.views.items(items)
    )
  }

  @inject()
  async add({ bouncer, params, principal, request }: HttpContext, add: AddItemsToBatch) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const elements = await addItemsValidator.validate(bulkBody(request))
    const ids = await add.handle(
      params.alias,
      elements.map((element) => element.tracking_number),
      actorOf(principal)
    )
    return this.views.itemsByIds(ids)
  }
}
