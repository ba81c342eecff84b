import DistributionCenter from '#distribution/models/distribution_center'
import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import { whereContains } from '#core/db/contains'
import type { CenterFilters } from '#distribution/validators/list_validators'

/**
 * Centers: exact filters `center_code` and `name`, `search` in either (any
 * case), ordered by code unless asked otherwise (the reference had no order,
 * so pages shifted); `id` breaks ties.
 */
export class ListCenters {
  async handle(filters: CenterFilters) {
    const query = DistributionCenter.query()
    if (filters.center_code !== undefined) query.where('center_code', filters.center_code)
    if (filters.name !== undefined) query.where('name', filters.name)
    if (filters.search !== undefined) whereContains(query, ['center_code', 'name'], filters.search)
    for (const { column, direction } of filters.ordering) query.orderBy(column, direction)
    if (filters.ordering.length === 0) query.orderBy('center_code')
    query.orderBy('id', filters.ordering[0]?.direction ?? 'asc')
    return fetchPage(query, pageRequestOf(filters))
  }
}
