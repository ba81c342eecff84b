import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DomainEventClass, EventEnvelope, PayloadOf } from '#core/events/domain_event'

export type ListenerContext = {
  /**
   * The transaction that also records this delivery in the inbox: writes
   * made with it happen exactly once per event and listener. Under load it
   * holds other deliveries too (ADR 0018), so a listener never commits or
   * rolls it back, never carries on after a database error it caught, sets
   * nothing for the whole transaction (`SET LOCAL`, advisory locks), and
   * keeps slow work out of it.
   */
  trx: TransactionClientContract
}

/**
 * Reacts to one event, in its own job (a failing listener never fails
 * another: a shared transaction that fails reruns each delivery alone).
 * Lives in a module's `listeners/` folder, named
 * `<verb>_on_<event>.ts`; thin: load by id, call one action.
 *
 *   export default class WriteTimelineOnItemAdded extends Listener<typeof ItemAddedToBatch> {
 *     static event = ItemAddedToBatch
 *     async handle(event, { trx }) { ... }
 *   }
 */
export abstract class Listener<E extends DomainEventClass = DomainEventClass> {
  static event: DomainEventClass

  /** Stable name in the inbox; the class name unless set. */
  static listenerName?: string

  abstract handle(event: EventEnvelope<PayloadOf<E>>, context: ListenerContext): Promise<void>
}

export type ListenerClass = (abstract new (...args: any[]) => Listener<any>) & {
  event: DomainEventClass
  listenerName?: string
}

export function listenerNameOf(listener: ListenerClass): string {
  return listener.listenerName ?? listener.name
}
