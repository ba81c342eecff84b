import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope } from '#core/events/domain_event'
import { BenchEventRecorded } from '../probes/bench_event_recorded.js'

/** Where the probe listener notes deliveries (created by the events benchmark). */
export const DELIVERIES_TABLE = 'bench_event_deliveries'

/**
 * Benchmark probe (discovered only with QUEUE_DISCOVER_EXTRA=bench/listeners):
 * one row write per delivery, in the inbox's transaction, noting when the
 * event reached its listener. The bare baseline (bench/baseline/events_worker.ts)
 * writes the same row.
 */
export default class RecordDeliveryOnBenchEventRecorded extends Listener<
  typeof BenchEventRecorded
> {
  static event = BenchEventRecorded

  async handle(event: EventEnvelope<BenchEventRecorded['payload']>, { trx }: ListenerContext) {
    await trx
      .table(DELIVERIES_TABLE)
      .insert({ run: event.payload.run, event_id: event.id, delivered_at: Date.now() })
  }
}
