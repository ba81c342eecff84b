import type { Infer } from '@vinejs/vine/types'
import { listValidator, textFilter } from '#core/validation/list_params'

/** Centers: exact `center_code` and `name` (always ordered by code). */
export const listCentersValidator = listValidator({
  center_code: textFilter(),
  name: textFilter(),
})
export type CenterFilters = Infer<typeof listCentersValidator>
