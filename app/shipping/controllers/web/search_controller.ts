import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import router from '@adonisjs/core/services/router'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { FindByReference, type ShippingReference } from '#shipping/queries/find_by_reference'
import { searchValidator } from '#shipping/validators/search_validators'

const KIND_NAMES = { item: 'Item', batch: 'Batch', transport: 'Transport' } as const

/** Each kind's page: its route name and parameters. */
function pageOf(found: ShippingReference): {
  route: string
  params: Record<string, string>
  key: string
} {
  switch (found.kind) {
    case 'item':
      return {
        route: 'shipping.items.show',
        params: { tracking_number: found.trackingNumber },
        key: found.trackingNumber,
      }
    case 'batch':
      return { route: 'shipping.batches.show', params: { alias: found.alias }, key: found.alias }
    case 'transport':
      return { route: 'shipping.transports.show', params: { uuid: found.uuid }, key: found.uuid }
  }
}

/**
 * The console's global search (`GET /search?q=`): jumps to the item, batch
 * or transport a reference names, or goes back saying nothing matched.
 */
@inject()
export default class SearchController {
  constructor(private find: FindByReference) {}

  async show({ bouncer, request, response, session }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const { q } = await request.validateUsing(searchValidator, { data: request.qs() })
    if (!q) {
      session.flash('error', 'Type a tracking number, a batch alias or a transport id to search.')
      return response.redirect().back()
    }
    const found = await this.find.handle(q)
    if (!found) {
      session.flash('error', `Nothing found for “${q}”.`)
      return response.redirect().back()
    }
    const target = pageOf(found)
    // The detail pages are the item, batch and transport screens; a build
    // without one of them says what was found instead of a dead link.
    if (!router.has(target.route)) {
      session.flash(
        'success',
        `${KIND_NAMES[found.kind]} ${target.key} exists; its page is not available yet.`
      )
      return response.redirect().back()
    }
    // The generated route types are not loaded server-side; names are checked by router.has().
    const urlFor = router.urlBuilder.urlFor as unknown as (name: string, params: object) => string
    return response.redirect(urlFor(target.route, target.params))
  }
}
