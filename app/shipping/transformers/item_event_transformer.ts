import { schema } from '#core/openapi/schema'
import { ITEM_STATUSES } from '#shipping/enums/item_status'
import { TIMELINE_KINDS } from '#shipping/enums/timeline_kind'
import { apiDateTime } from '#core/time/business_time'
import type ItemEvent from '#shipping/models/item_event'

/** One line of `shippingitems/<tn>/events/`. */
export class ItemEventTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.object({
    kind: schema.choice(TIMELINE_KINDS),
    status: schema.nullable(schema.choice(ITEM_STATUSES)),
    batch_alias: schema.nullable(schema.string()),
    transport_uuid: schema.nullable(schema.uuid()),
    distribution_center_code: schema.nullable(schema.string()),
    actor: schema.nullable(schema.string()),
    note: schema.nullable(schema.string()),
    timestamp: schema.dateTime(),
  })

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
