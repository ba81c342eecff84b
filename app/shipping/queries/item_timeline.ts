import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import ItemEvent from '#shipping/models/item_event'
import type { TimelineFilters } from '#shipping/validators/list_validators'

/** What happened to an item, oldest first. */
export class ItemTimeline {
  async handle(itemId: number, filters: TimelineFilters) {
    const query = ItemEvent.query().where('item_id', itemId).orderBy('occurred_at').orderBy('id')
    return fetchPage(query, pageRequestOf(filters))
  }
}
