import { schema } from '#core/openapi/schema'
import { apiDateTime } from '#core/time/business_time'
import type { BatchView } from '#shipping/queries/list_batches'
import type { TransportJson } from '#shipping/transformers/transport_transformer'

export class BatchTransformer {
  /** The answer's shape (API reference); contract tests hold `toJson` to it. */
  static schema = schema.object({
    uuid: schema.uuid(),
    alias: schema.string(),
    completed: schema.boolean(),
    shipping_transport: schema.nullable(schema.ref('ShippingTransport')),
    timestamp_created: schema.dateTime(),
    timestamp_completed: schema.nullable(schema.dateTime()),
  })

  static toJson(batch: BatchView, transport: TransportJson | null) {
    return {
      uuid: batch.uuid,
      alias: batch.alias,
      completed: batch.completed,
      shipping_transport: transport,
      timestamp_created: apiDateTime(batch.timestampCreated),
      timestamp_completed: apiDateTime(batch.timestampCompleted),
    }
  }
}

export type BatchJson = ReturnType<typeof BatchTransformer.toJson>
