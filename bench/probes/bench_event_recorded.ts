import { DomainEvent } from '#core/events/domain_event'

/**
 * The event the events benchmark records; `deliveredKey` is the Redis hash
 * its listener writes delivery times to.
 */
export class BenchEventRecorded extends DomainEvent<{ n: number; deliveredKey: string }> {
  static eventName = 'bench.event_recorded'
}
