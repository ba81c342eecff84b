import { schema } from '#core/openapi/schema'
import { ITEM_STATUSES } from '#shipping/enums/item_status'
import { apiDateTime } from '#core/time/business_time'
import type { ItemView } from '#shipping/queries/list_items'

export type BatchHistoryEntry = {
  alias: string
  completed: boolean
  shipping_transport__uuid: string | null
  shipping_transport__distribution_center_code_source: string | null
  shipping_transport__distribution_center_code_destination: string | null
}

export class ItemTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.object({
    uuid: schema.uuid(),
    tracking_number: schema.string(),
    sku: schema.string(),
    status: schema.choice(ITEM_STATUSES),
    shipping_batches_history: schema.array(
      schema.object({
        alias: schema.string(),
        completed: schema.boolean(),
        shipping_transport__uuid: schema.nullable(schema.uuid()),
        shipping_transport__distribution_center_code_source: schema.nullable(schema.string()),
        shipping_transport__distribution_center_code_destination: schema.nullable(schema.string()),
      }),
      { description: 'Every batch the item has been in, newest first.' }
    ),
    current_distribution_center_code: schema.nullable(schema.string()),
    timestamp_created: schema.dateTime(),
    timestamp_completed: schema.nullable(schema.dateTime()),
  })

  static toJson(item: ItemView, history: BatchHistoryEntry[]) {
    return {
      uuid: item.uuid,
      tracking_number: item.trackingNumber,
      sku: item.sku,
      status: item.status,
      shipping_batches_history: history,
      current_distribution_center_code: item.currentDistributionCenterCode,
      timestamp_created: apiDateTime(item.timestampCreated),
      timestamp_completed: apiDateTime(item.timestampCompleted),
    }
  }
}

export type ItemJson = ReturnType<typeof ItemTransformer.toJson>
