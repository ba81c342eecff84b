import DistributionCenter from '#distribution/models/distribution_center'
import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import type { CenterFilters } from '#distribution/validators/list_validators'

/**
 * Centers: exact filters `center_code` and `name`, ordered by code (the
 * reference had no order, so pages shifted).
 */
export class ListCenters {
  async handle(filters: CenterFilters) {
    const query = DistributionCenter.query().orderBy('center_code')
    if (filters.center_code !== undefined) query.where('center_code', filters.center_code)
    if (filters.name !== undefined) query.where('name', filters.name)
    return fetchPage(query, pageRequestOf(filters))
  }
}
