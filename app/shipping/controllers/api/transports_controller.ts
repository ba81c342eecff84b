import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { actorOf } from '#core/auth/principal'
import { bulkBody, rejectNulls } from '#core/http/request_body'
import { presentApiPage } from '#core/presenters/api_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { ListTransports } from '#shipping/queries/list_transports'
import { ListBatches } from '#shipping/queries/list_batches'
import { ShippingLookups } from '#shipping/queries/lookups'
import { CreateTransport } from '#shipping/actions/create_transport'
import { UpdateTransport } from '#shipping/actions/update_transport'
import { DeleteTransport } from '#shipping/actions/delete_transport'
import { AddBatchesToTransport } from '#shipping/actions/add_batches_to_transport'
import { AssignDriver } from '#shipping/actions/assign_driver'
import { StartTransport } from '#shipping/actions/start_transport'
import { actingAs } from '#shipping/services/transport_actor'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { batchFor, transportFor } from '#shipping/transformers/personal_data'
import {
  addBatchesValidator,
  assignDriverValidator,
  startTransportValidator,
  transportChangesValidator,
  transportValidator,
  deliveryProofValidator,
} from '#shipping/validators/shipping_validators'
import { FieldError } from '#core/exceptions/domain_error'
import { DeliveryProofs } from '#shipping/queries/delivery_proofs'
import { presentProof } from '#shipping/presenters/delivery_proof'
import { prepareProof } from '#shipping/services/delivery_proofs'
import { listBatchesValidator, listTransportsValidator } from '#shipping/validators/list_validators'

/**
 * `/api/v1/shipping/transports/`, looked up by uuid, and the workflow:
 * load batches, assign a driver, start, complete. A driver may read, start
 * and complete their own transports.
 */
@inject()
export default class TransportsController {
  constructor(
    private views: ShippingViews,
    private lookups: ShippingLookups
  ) {}

  @inject()
  async index({ bouncer, request }: HttpContext, list: ListTransports) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listTransportsValidator, { data: request.qs() })
    return presentApiPage(await list.handle(filters), request, (transports) =>
      this.views.transports(transports)
    )
  }

  @inject()
  async store({ bouncer, request, response }: HttpContext, create: CreateTransport) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const route = await request.validateUsing(transportValidator)
    response.status(201)
    return this.views.transport(await create.handle(route))
  }

  async show({ bouncer, params, principal }: HttpContext) {
    const transport = await this.lookups.transport(params.uuid)
    await bouncer.with(ShippingPolicy).authorize('viewTransport', transport)
    return transportFor(principal, await this.views.transport(transport))
  }

  @inject()
  async update({ bouncer, params, request }: HttpContext, update: UpdateTransport) {
    await bouncer.with(ShippingPolicy).authorize('write')
    rejectNulls(request, [
      'distribution_center_code_source',
      'distribution_center_code_destination',
    ])
    const route =
      request.method() === 'PUT'
        ? await request.validateUsing(transportValidator)
        : await request.validateUsing(transportChangesValidator)
    return this.views.transport(await update.handle(params.uuid, route))
  }

  @inject()
  async destroy({ bouncer, params, response }: HttpContext, remove: DeleteTransport) {
    await bouncer.with(ShippingPolicy).authorize('write')
    await remove.handle(params.uuid)
    response.status(204)
  }

  @inject()
  async batches({ bouncer, params, principal, request }: HttpContext, list: ListBatches) {
    const transport = await this.lookups.transport(params.uuid)
    await bouncer.with(ShippingPolicy).authorize('viewTransport', transport)
    const filters = await request.validateUsing(listBatchesValidator, { data: request.qs() })
    const page = await list.handle(filters, { transportId: transport.id })
    return presentApiPage(page, request, async (batches) => {
      const views = await this.views.batches(batches)
      return views.map((view) => batchFor(principal, view))
    })
  }

  @inject()
  async add({ bouncer, params, principal, request }: HttpContext, add: AddBatchesToTransport) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const elements = await addBatchesValidator.validate(bulkBody(request))
    const ids = await add.handle(
      params.uuid,
      elements.map((element) => element.alias),
      actorOf(principal)
    )
    return this.views.batchesByIds(ids)
  }

  @inject()
  async assign({ bouncer, params, principal, request }: HttpContext, assign: AssignDriver) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { driver_uuid: driverUuid } = await request.validateUsing(assignDriverValidator)
    return this.views.transport(await assign.handle(params.uuid, driverUuid, actorOf(principal)))
  }

  @inject()
  async start({ bouncer, params, principal, request }: HttpContext, start: StartTransport) {
    await bouncer.with(ShippingPolicy).authorize('operateTransport')
    const { driver_uuid: driverUuid } = await request.validateUsing(startTransportValidator)
    const by = actingAs(principal)
    // A driver starts their own transport; who drives is not theirs to change.
    const started = await start.handle(params.uuid, by.driverUuid ? undefined : driverUuid, by)
    return transportFor(principal, await this.views.transport(started))
  }

  @inject()
  async complete({ bouncer, params, principal }: HttpContext, complete: CompleteTransport) {
    await bouncer.with(ShippingPolicy).authorize('operateTransport')
    const completed = await complete.handle(params.uuid, actingAs(principal))
    return transportFor(principal, await this.views.transport(completed))
  }

  /**
   * `POST transports/<uuid>/proofs/` (multipart): completes the transport
   * with a proof of delivery, in one transaction; the same authorization and
   * rules as `complete/`, and at least one part is needed.
   */
  @inject()
  async proofs(
    { bouncer, params, principal, request, response }: HttpContext,
    complete: CompleteTransport,
    proofs: DeliveryProofs
  ) {
    await bouncer.with(ShippingPolicy).authorize('operateTransport')
    const proof = await prepareProof(await request.validateUsing(deliveryProofValidator))
    if (!proof) throw new FieldError('photo', 'Give a photo, a signature or a name.', 'required')
    const completed = await complete.handle(params.uuid, actingAs(principal), proof)
    response.status(201)
    return {
      proof: await presentProof((await proofs.forTransport(completed.id))!),
      transport: transportFor(principal, await this.views.transport(completed)),
    }
  }
}
