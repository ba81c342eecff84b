import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import vine from '@vinejs/vine'
import { actorOf } from '#core/auth/principal'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import { text } from '#core/validation/text'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListTransports } from '#shipping/queries/list_transports'
import { ShippingLookups } from '#shipping/queries/lookups'
import { TransportCargo } from '#shipping/queries/transport_cargo'
import { LoadableBatches } from '#shipping/queries/loadable_batches'
import { DeliveryProofs } from '#shipping/queries/delivery_proofs'
import { presentProof } from '#shipping/presenters/delivery_proof'
import { CreateTransport } from '#shipping/actions/create_transport'
import { AddBatchesToTransport } from '#shipping/actions/add_batches_to_transport'
import { AssignDriver } from '#shipping/actions/assign_driver'
import { StartTransport } from '#shipping/actions/start_transport'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import {
  TransportConsole,
  arrivedMessage,
  cargoSummary,
  driverName,
  startedMessage,
} from '#shipping/presenters/transport_console'
import {
  TransportFactsReader,
  presentRules,
  transportRules,
} from '#shipping/services/transport_rules'
import { TRANSPORT_STATES } from '#shipping/enums/transport_state'
import { listTransportsValidator } from '#shipping/validators/list_validators'
import {
  addBatchesValidator,
  assignDriverValidator,
  transportValidator,
} from '#shipping/validators/shipping_validators'
import { CenterDirectory } from '#distribution/contracts/centers'
import { UserDirectory } from '#users/contracts/users'

/** How many matches a picker's search answers with. */
const PICKER_LIMIT = 10

/** A picker's search term (`?search=`): optional, short. */
const pickerSearchValidator = vine.create({ search: text().trim().maxLength(64).optional() })

/**
 * The console's transport screens: the same query, validators and actions
 * as `/api/v1/shipping/transports/`; each workflow step ends in a redirect
 * with a flash that says what it did. What each button may do comes from
 * `transportRules`, which the actions enforce.
 */
@inject()
export default class TransportsController {
  constructor(
    private console: TransportConsole,
    private lookups: ShippingLookups,
    private cargo: TransportCargo,
    private centers: CenterDirectory,
    private users: UserDirectory
  ) {}

  @inject()
  async index({ bouncer, inertia, request }: HttpContext, list: ListTransports) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const filters = await request.validateUsing(listTransportsValidator, { data: request.qs() })
    const [transports, centers, driver] = await Promise.all([
      presentInertiaPage(await list.handle(filters), filters, (rows) => this.console.rows(rows)),
      this.centers.centerNames(),
      filters.driver_uuid ? this.users.profile(filters.driver_uuid) : null,
    ])
    return inertia.render('shipping/transports/index', {
      transports,
      states: [...TRANSPORT_STATES],
      centers,
      driver: driver && driverName(driver),
    })
  }

  @inject()
  async store({ bouncer, request, response, session }: HttpContext, create: CreateTransport) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const route = await request.validateUsing(transportValidator)
    const transport = await this.console.row(await create.handle(route))
    session.flash(
      'success',
      `Transport planned: ${transport.source.name} → ${transport.destination.name}. ` +
        'Load its batches and assign a driver next.'
    )
    return response.redirect().toRoute('shipping.transports.show', { uuid: transport.uuid })
  }

  @inject()
  async show(
    { bouncer, inertia, params }: HttpContext,
    facts: TransportFactsReader,
    proofs: DeliveryProofs
  ) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const transport = await this.lookups.transport(params.uuid)
    const [row, cargo, rules, proof] = await Promise.all([
      this.console.row(transport),
      this.cargo.handle(transport.id),
      facts.of(transport).then((known) => presentRules(transportRules(known))),
      proofs.forTransport(transport.id).then((found) => (found ? presentProof(found) : null)),
    ])
    return inertia.render('shipping/transports/show', { transport: row, cargo, rules, proof })
  }

  /** Open batches on no transport, by alias: the add-batches picker's options (JSON). */
  @inject()
  async loadableBatches({ bouncer, request }: HttpContext, batches: LoadableBatches) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { search } = await request.validateUsing(pickerSearchValidator, { data: request.qs() })
    return { data: await batches.handle(search ?? '', PICKER_LIMIT) }
  }

  /** Active drivers by name or phone: the driver picker's options (JSON). */
  async drivers({ bouncer, request }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const { search } = await request.validateUsing(pickerSearchValidator, { data: request.qs() })
    const drivers = await this.users.searchActiveDrivers(search ?? '', PICKER_LIMIT)
    return { data: drivers.map(driverName) }
  }

  @inject()
  async addBatches(
    { bouncer, params, principal, request, response, session }: HttpContext,
    add: AddBatchesToTransport
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const elements = await addBatchesValidator.validate(request.input('batches', []))
    const aliases = elements.map((element) => element.alias)
    await add.handle(params.uuid, aliases, actorOf(principal))
    const transport = await this.lookups.transport(params.uuid)
    session.flash(
      'success',
      aliases.length === 0
        ? 'No batch was chosen: nothing changed.'
        : `Loaded ${aliases.join(', ')}: the transport now carries ` +
            `${cargoSummary(await this.cargo.handle(transport.id))}.`
    )
    return response.redirect().toRoute('shipping.transports.show', { uuid: params.uuid })
  }

  @inject()
  async assign(
    { bouncer, params, principal, request, response, session }: HttpContext,
    assign: AssignDriver
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const { driver_uuid: driverUuid } = await request.validateUsing(assignDriverValidator)
    const transport = await this.console.row(
      await assign.handle(params.uuid, driverUuid, actorOf(principal))
    )
    session.flash('success', `${transport.driver?.name ?? 'The driver'} will drive this transport.`)
    return response.redirect().toRoute('shipping.transports.show', { uuid: params.uuid })
  }

  @inject()
  async start(
    { bouncer, params, principal, response, session }: HttpContext,
    start: StartTransport
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const started = await start.handle(params.uuid, undefined, { actor: actorOf(principal) })
    const [transport, cargo] = await Promise.all([
      this.console.row(started),
      this.cargo.handle(started.id),
    ])
    session.flash('success', startedMessage(cargo, transport.driver?.name ?? 'its driver'))
    return response.redirect().toRoute('shipping.transports.show', { uuid: params.uuid })
  }

  @inject()
  async complete(
    { bouncer, params, principal, response, session }: HttpContext,
    complete: CompleteTransport
  ) {
    await bouncer.with(ShippingPolicy).authorize('write')
    const completed = await complete.handle(params.uuid, { actor: actorOf(principal) })
    const [transport, cargo] = await Promise.all([
      this.console.row(completed),
      this.cargo.handle(completed.id),
    ])
    session.flash('success', arrivedMessage(cargo, transport.destination.name))
    return response.redirect().toRoute('shipping.transports.show', { uuid: params.uuid })
  }
}
