import type { HttpRequest } from '@adonisjs/core/http'
import DistributionCenter from '#distribution/models/distribution_center'
import { paginate, pageRequestFrom } from '#core/http/pagination'
import { textFilter } from '#core/http/list_params'
import { inject } from '@adonisjs/core'
import { CenterViews } from '#distribution/queries/center_views'

/**
 * GET /api/v1/distribution/centers/: exact filters `center_code` and `name`,
 * ordered by code (the reference had no order, so pages shifted).
 */
@inject()
export class ListCenters {
  constructor(private views: CenterViews) {}

  async handle(request: HttpRequest) {
    const qs = request.qs()
    const query = DistributionCenter.query().orderBy('center_code')
    const code = textFilter(qs, 'center_code')
    if (code !== undefined) query.where('center_code', code)
    const name = textFilter(qs, 'name')
    if (name !== undefined) query.where('name', name)
    return paginate(query, pageRequestFrom(qs), request, (centers) => this.views.of(centers))
  }
}
