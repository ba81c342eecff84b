import { DomainEvent } from '#core/events/domain_event'

/**
 * The event the events benchmark records; `run` tags the delivery rows its
 * listener writes (bench_event_deliveries).
 */
export class BenchEventRecorded extends DomainEvent<{ n: number; run: string }> {
  static eventName = 'bench.event_recorded'
}
