import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { actorOf } from '#core/auth/principal'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListBatches } from '#shipping/queries/list_batches'
import { ListItems } from '#shipping/queries/list_items'
import { ShippingLookups } from '#shipping/queries/lookups'
import { BatchRulesReader } from '#shipping/queries/batch_rules'
import { BatchConsole } from '#shipping/presenters/batch_console'
import { CreateBatch } from '#shipping/actions/create_batch'
import { AddItemsToBatch } from '#shipping/actions/add_items_to_batch'
import { RemoveItemFromBatch } from '#shipping/actions/remove_item_from_batch'
import { listBatchesValidator, listItemsValidator } from '#shipping/validators/list_validators'
import { addItemsFormValidator } from '#shipping/validators/shipping_validators'

/** Items on one page of a batch's screen, as a query string has it. */
const ITEMS_PAGE_SIZE = '50'

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`

/**
 * The console's batch screens: the same query, validators and actions as
 * `/api/v1/shipping/batches/`; every change ends in a redirect with a flash.
 * What the add and remove controls may do comes from `batchRules`, which
 * the actions enforce.
 */
@inject()
export default class BatchesController {
  constructor(
    private console: BatchConsole,
    private lookups: ShippingLookups
  ) {}

  @inject()
  async index({ bouncer, inertia, request }: HttpContext, list: ListBatches) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listBatchesValidator, { data: request.qs() })
    const batches = await presentInertiaPage(await list.handle(filters), filters, (rows) =>
      this.console.rows(rows)
    )
    return inertia.render('shipping/batches/index', { batches })
  }

  @inject()
  async store({ bouncer, response, session }: HttpContext, create: CreateBatch) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const batch = await create.handle({})
    session.flash('success', `Batch ${batch.alias} opened. Paste or scan its items next.`)
    return response.redirect().toRoute('shipping.batches.show', { alias: batch.alias })
  }

  /** Details, its items (paged) and whether items may still go in and out. */
  @inject()
  async show(
    { bouncer, inertia, params, request }: HttpContext,
    list: ListItems,
    rules: BatchRulesReader
  ) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const batch = await this.lookups.batch(params.alias)
    const filters = await request.validateUsing(listItemsValidator, {
      data: { page_size: ITEMS_PAGE_SIZE, ...request.qs() },
    })
    const [row, items, batchRules] = await Promise.all([
      this.console.row(batch),
      list
        .handle(filters, { batchId: batch.id })
        .then((page) => presentInertiaPage(page, filters, (rows) => this.console.items(rows))),
      rules.of(batch),
    ])
    return inertia.render('shipping/batches/show', {
      batch: row,
      items,
      rules: batchRules,
    })
  }

  /** All or nothing: a refusal names each failing number (`<index>.tracking_number`). */
  @inject()
  async addItems(
    { bouncer, params, principal, request, response, session }: HttpContext,
    add: AddItemsToBatch
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { tracking_numbers: numbers } = await request.validateUsing(addItemsFormValidator)
    const added = await add.handle(params.alias, numbers, actorOf(principal))
    session.flash('success', `Added ${plural(added.length, 'item', 'items')} to ${params.alias}.`)
    return response.redirect().toRoute('shipping.batches.show', { alias: params.alias })
  }

  @inject()
  async removeItem(
    { bouncer, params, principal, response, session }: HttpContext,
    remove: RemoveItemFromBatch
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const removed = await remove.handle(params.alias, params.tracking_number, actorOf(principal))
    session.flash(
      'success',
      `Removed ${removed.trackingNumber} from ${params.alias}` +
        (removed.status === 'CREATED' ? '; it is CREATED again.' : '.')
    )
    return response.redirect().toRoute('shipping.batches.show', { alias: params.alias })
  }
}
