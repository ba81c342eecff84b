import { apiDateTime } from '#core/time/business_time'
import type ShippingItem from '#shipping/models/shipping_item'

export type BatchHistoryEntry = {
  alias: string
  completed: boolean
  shipping_transport__uuid: string | null
  shipping_transport__distribution_center_code_source: string | null
  shipping_transport__distribution_center_code_destination: string | null
}

export class ItemTransformer {
  static toJson(item: ShippingItem, history: BatchHistoryEntry[]) {
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
