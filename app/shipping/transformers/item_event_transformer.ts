import { apiDateTime } from '#core/time/business_time'
import type ItemEvent from '#shipping/models/item_event'

/** One line of `shippingitems/<tn>/events/`. */
export class ItemEventTransformer {
  static toJson(entry: ItemEvent) {
    return {
      kind: entry.kind,
      status: entry.status,
      batch_alias: entry.batchAlias,
      transport_uuid: entry.transportUuid,
      distribution_center_code: entry.distributionCenterCode,
      actor: entry.actor,
      note: entry.note,
      timestamp: apiDateTime(entry.occurredAt),
    }
  }
}
