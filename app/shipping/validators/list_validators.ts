import type { Infer } from '@vinejs/vine/types'
import {
  booleanFilter,
  choiceFilter,
  listValidator,
  orderingFilter,
  textFilter,
  uuidFilter,
} from '#core/validation/list_params'
import { ITEM_STATUSES } from '#shipping/enums/item_status'
import { TRANSPORT_STATES } from '#shipping/enums/transport_state'

/** Sort keys of each list: API field → column. */
export const ITEM_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_completed: 'timestamp_completed',
}
export const BATCH_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_completed: 'timestamp_completed',
}
export const TRANSPORT_ORDERING = {
  timestamp_created: 'timestamp_created',
  timestamp_departed: 'timestamp_departed',
  timestamp_arrived: 'timestamp_arrived',
}

/** Items: `status`, `current_distribution_center_code`, `ordering` over the two timestamps. */
export const listItemsValidator = listValidator({
  status: choiceFilter(ITEM_STATUSES),
  current_distribution_center_code: textFilter(),
  ordering: orderingFilter(ITEM_ORDERING),
})
export type ItemFilters = Infer<typeof listItemsValidator>

/** Batches: `completed`, `search` (part of the alias, any case), `ordering` over the timestamps. */
export const listBatchesValidator = listValidator({
  completed: booleanFilter(),
  search: textFilter(),
  ordering: orderingFilter(BATCH_ORDERING),
})
export type BatchFilters = Infer<typeof listBatchesValidator>

/**
 * Transports: `completed`, `state` (#shipping/enums/transport_state), `driver_uuid`,
 * both centers, `ordering` over the three timestamps.
 */
export const listTransportsValidator = listValidator({
  completed: booleanFilter(),
  state: choiceFilter(TRANSPORT_STATES),
  driver_uuid: uuidFilter(),
  distribution_center_code_source: textFilter(),
  distribution_center_code_destination: textFilter(),
  ordering: orderingFilter(TRANSPORT_ORDERING),
})
export type TransportFilters = Infer<typeof listTransportsValidator>

/** An item's timeline: pages only, oldest first. */
export const itemTimelineValidator = listValidator({})
export type TimelineFilters = Infer<typeof itemTimelineValidator>

/** The driver app's tabs: not started, under way, arrived in the last 30 days. */
export const DRIVER_TABS = ['assigned', 'on_the_road', 'done'] as const
export type DriverTab = (typeof DRIVER_TABS)[number]

/** `/driver`: `tab` (default `assigned`) and the page. */
export const driverTransportsValidator = listValidator({ tab: choiceFilter(DRIVER_TABS) })
export type DriverTransportFilters = Infer<typeof driverTransportsValidator>
