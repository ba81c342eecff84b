import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { NotFoundError } from '#core/exceptions/domain_error'
import { userOf } from '#core/auth/principal'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { ListTransports } from '#shipping/queries/list_transports'
import { ShippingLookups } from '#shipping/queries/lookups'
import { TransportCargo } from '#shipping/queries/transport_cargo'
import { StartTransport } from '#shipping/actions/start_transport'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { DriverAppViews } from '#shipping/presenters/driver_app'
import { arrivedMessage, startedMessage } from '#shipping/presenters/transport_console'
import { actingAs } from '#shipping/services/transport_actor'
import {
  TransportFactsReader,
  presentRules,
  transportRules,
} from '#shipping/services/transport_rules'
import type { TransportState } from '#shipping/enums/transport_state'
import {
  DRIVER_TABS,
  type DriverTab,
  driverTransportsValidator,
} from '#shipping/validators/list_validators'
import { ProofRequirements, prepareProof } from '#shipping/services/delivery_proofs'
import { deliveryProofValidator } from '#shipping/validators/shipping_validators'
import { UserDirectory } from '#users/contracts/users'

/** How far back the "done" tab looks. */
const DONE_DAYS = 30

/** Each tab is one transport state, in the order a driver wants it. */
const TABS: Record<
  DriverTab,
  { state: TransportState; column: string; direction: 'asc' | 'desc' }
> = {
  assigned: { state: 'assigned', column: 'timestamp_created', direction: 'asc' },
  on_the_road: { state: 'on_the_road', column: 'timestamp_departed', direction: 'desc' },
  done: { state: 'arrived', column: 'timestamp_arrived', direction: 'desc' },
}

/**
 * The driver app (`/driver`): the signed-in driver's own transports by tab,
 * one transport with its cargo, and start / complete through the same query,
 * rules and actions as the driver API. Another driver's transport is a 403.
 *
 * Live updates (not here yet): a message on the driver's channel should do
 * `router.reload({ only: ['transports', 'counts'] })` on the list and
 * `router.reload({ only: ['transport', 'batches', 'rules'] })` on the detail;
 * every prop is computed per request, so a partial reload is all it takes.
 */
@inject()
export default class DriverAppController {
  constructor(
    private lookups: ShippingLookups,
    private views: DriverAppViews,
    private cargo: TransportCargo,
    private directory: UserDirectory
  ) {}

  @inject()
  async index({ bouncer, inertia, principal, request }: HttpContext, list: ListTransports) {
    await bouncer.with(ShippingPolicy).authorize('driverApp')
    const filters = await request.validateUsing(driverTransportsValidator, { data: request.qs() })
    const tab = filters.tab ?? 'assigned'
    const { state, column, direction } = TABS[tab]
    const driverUuid = userOf(principal)!.uuid
    const scope = { driverUuid, arrivedSince: DateTime.now().minus({ days: DONE_DAYS }) }
    return inertia.render('shipping/driver/index', {
      profile: () => this.#profile(driverUuid),
      tab,
      counts: async () => {
        const counts = await list.countByState(
          DRIVER_TABS.map((name) => TABS[name].state),
          scope
        )
        return Object.fromEntries(
          DRIVER_TABS.map((name) => [name, counts[TABS[name].state]])
        ) as Record<DriverTab, number>
      },
      transports: async () => {
        const page = await list.handle(
          {
            state,
            ordering: [{ field: column, column, direction }],
            page: filters.page,
            page_size: filters.page_size,
          },
          scope
        )
        return presentInertiaPage(page, { tab }, (rows) => this.views.cards(rows))
      },
      doneDays: DONE_DAYS,
    })
  }

  @inject()
  async show({ bouncer, inertia, params }: HttpContext, facts: TransportFactsReader) {
    const transport = await this.lookups.transport(params.uuid)
    await bouncer.with(ShippingPolicy).authorize('driveTransport', transport)
    const [detail, rules] = await Promise.all([
      this.views.detail(transport),
      facts.of(transport).then((known) => presentRules(transportRules(known))),
    ])
    return inertia.render('shipping/driver/show', {
      transport: detail.transport,
      batches: detail.batches,
      rules: { start: rules.start, complete: rules.complete },
    })
  }

  @inject()
  async start(
    { bouncer, params, principal, response, session }: HttpContext,
    start: StartTransport
  ) {
    await this.#authorizeOwn(bouncer, params.uuid)
    const started = await start.handle(params.uuid, undefined, actingAs(principal))
    const cargo = await this.cargo.handle(started.id)
    session.flash('success', startedMessage(cargo, 'you'))
    return response.redirect().toRoute('shipping.driver.show', { uuid: params.uuid })
  }

  /** The completion screen: the proof of delivery to give, and whether completing is possible. */
  @inject()
  async arrival(
    { bouncer, inertia, params }: HttpContext,
    facts: TransportFactsReader,
    requirements: ProofRequirements
  ) {
    const transport = await this.lookups.transport(params.uuid)
    await bouncer.with(ShippingPolicy).authorize('driveTransport', transport)
    const [[card], rule] = await Promise.all([
      this.views.cards([transport]),
      facts.of(transport).then((known) => presentRules(transportRules(known)).complete),
    ])
    return inertia.render('shipping/driver/complete', {
      transport: card,
      rule,
      required: requirements.required(),
    })
  }

  @inject()
  async complete(
    { bouncer, params, principal, request, response, session }: HttpContext,
    complete: CompleteTransport
  ) {
    await this.#authorizeOwn(bouncer, params.uuid)
    const proof = await prepareProof(await request.validateUsing(deliveryProofValidator))
    const completed = await complete.handle(params.uuid, actingAs(principal), proof)
    const [card, cargo] = await Promise.all([
      this.views.cards([completed]).then(([row]) => row),
      this.cargo.handle(completed.id),
    ])
    session.flash('success', arrivedMessage(cargo, card.destination.name))
    return response.redirect().toRoute('shipping.driver.show', { uuid: params.uuid })
  }

  /** Start and complete: the page's own check; the action checks it again under the row lock. */
  async #authorizeOwn(bouncer: HttpContext['bouncer'], uuid: string) {
    const transport = await this.lookups.transport(uuid)
    await bouncer.with(ShippingPolicy).authorize('driveTransport', transport)
  }

  async #profile(uuid: string) {
    const profile = await this.directory.profile(uuid)
    if (!profile) throw NotFoundError.forResource('User')
    return { name: profile.fullname || profile.username }
  }
}
