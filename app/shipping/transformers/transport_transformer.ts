import { schema } from '#core/openapi/schema'
import { apiDateTime } from '#core/time/business_time'
import type { TransportView } from '#shipping/queries/list_transports'
import type { CenterView } from '#distribution/contracts/centers'
import type { UserProfile } from '#users/contracts/users'

export type TransportRelations = {
  batchCount: number
  source: CenterView | null
  destination: CenterView | null
  driver: UserProfile | null
}

export class TransportTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.object({
    uuid: schema.uuid(),
    completed: schema.boolean(),
    batch_count: schema.integer({ minimum: 0 }),
    distribution_center_source: schema.nullable(schema.ref('DistributionCenter')),
    distribution_center_destination: schema.nullable(schema.ref('DistributionCenter')),
    driver: schema.nullable(schema.ref('UserProfile')),
    timestamp_created: schema.dateTime(),
    timestamp_departed: schema.nullable(schema.dateTime()),
    timestamp_arrived: schema.nullable(schema.dateTime()),
  })

  static toJson(transport: TransportView, relations: TransportRelations) {
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
