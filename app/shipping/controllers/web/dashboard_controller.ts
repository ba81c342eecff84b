import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ShippingPolicy from '#shipping/policies/shipping_policy'
import { DashboardFigures } from '#shipping/queries/dashboard_figures'

/**
 * Where staff land after signing in. The page arrives at once with no
 * figures; each widget's figure is a deferred prop in a group of its own,
 * so each comes in its own request and shows as soon as it is counted. A
 * figure that fails is left out and named in `rescuedProps` (`rescue`):
 * that widget shows its error, the others are unaffected.
 */
@inject()
export default class DashboardController {
  constructor(private figures: DashboardFigures) {}

  async show({ bouncer, inertia }: HttpContext) {
    await bouncer.with(ShippingPolicy).authorize('read')
    const { figures } = this
    return inertia.render('shipping/dashboard', {
      itemsByStatus: inertia.defer(() => figures.itemsByStatus(), {
        group: 'itemsByStatus',
        rescue: true,
      }),
      openTransports: inertia.defer(() => figures.openTransports(), {
        group: 'openTransports',
        rescue: true,
      }),
      deliveredPerDay: inertia.defer(() => figures.deliveredPerDay(), {
        group: 'deliveredPerDay',
        rescue: true,
      }),
      createdPerDay: inertia.defer(() => figures.createdPerDay(), {
        group: 'createdPerDay',
        rescue: true,
      }),
      topRoutes: inertia.defer(() => figures.topRoutes(), { group: 'topRoutes', rescue: true }),
    })
  }
}
