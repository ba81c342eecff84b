import type { Infer } from '@vinejs/vine/types'
import { listValidator, orderingFilter, textFilter } from '#core/validation/list_params'

/** Sort keys of the center list: API field → column (by code when none is given). */
export const CENTER_ORDERING = { center_code: 'center_code', name: 'name' }

/**
 * Centers: exact `center_code` and `name`, `search` (part of the code or the
 * name, any case) and `ordering` by code or name.
 */
export const listCentersValidator = listValidator({
  center_code: textFilter(),
  name: textFilter(),
  search: textFilter(),
  ordering: orderingFilter(CENTER_ORDERING),
})
export type CenterFilters = Infer<typeof listCentersValidator>
