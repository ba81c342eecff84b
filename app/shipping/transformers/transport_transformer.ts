import { apiDateTime } from '#core/time/business_time'
import type ShippingTransport from '#shipping/models/shipping_transport'
import type { CenterView } from '#distribution/contracts/centers'
import type { UserProfile } from '#users/contracts/users'

export type TransportRelations = {
  batchCount: number
  source: CenterView | null
  destination: CenterView | null
  driver: UserProfile | null
}

export class TransportTransformer {
  static toJson(transport: ShippingTransport, relations: TransportRelations) {
    return {
      uuid: transport.uuid,
      completed: transport.completed,
      batch_count: relations.batchCount,
      distribution_center_source: relations.source,
      distribution_center_destination: relations.destination,
      driver: relations.driver,
      timestamp_created: apiDateTime(transport.timestampCreated),
      timestamp_departed: apiDateTime(transport.timestampDeparted),
      timestamp_arrived: apiDateTime(transport.timestampArrived),
    }
  }
}

export type TransportJson = ReturnType<typeof TransportTransformer.toJson>
