import redis from '@adonisjs/redis/services/main'
import { Listener } from '#core/events/listener'
import type { EventEnvelope } from '#core/events/domain_event'
import { BenchEventRecorded } from '../probes/bench_event_recorded.js'

/**
 * Benchmark probe (discovered only with QUEUE_DISCOVER_EXTRA=bench/listeners):
 * notes when each event reached its listener, after the real inbox claim.
 */
export default class RecordDeliveryOnBenchEventRecorded extends Listener<
  typeof BenchEventRecorded
> {
  static event = BenchEventRecorded

  async handle(event: EventEnvelope<BenchEventRecorded['payload']>) {
    await redis.hset(event.payload.deliveredKey, event.id, Date.now())
  }
}
