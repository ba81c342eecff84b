import { randomUUID } from 'node:crypto'

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type EventPayload = { [key: string]: JsonValue }

/**
 * What travels through the outbox and reaches listeners: plain JSON.
 */
export type EventEnvelope<Payload extends EventPayload = EventPayload> = {
  id: string
  name: string
  occurredAt: string
  payload: Payload
}

/**
 * A past-tense fact one module publishes for others (`TransportCompleted`).
 * The payload holds ids, codes and timestamps: never a model.
 *
 *   export class TransportCompleted extends DomainEvent<{ transportUuid: string }> {
 *     static eventName = 'shipping.transport_completed'
 *   }
 *   await outbox.record(trx, new TransportCompleted({ transportUuid }))
 */
export abstract class DomainEvent<Payload extends EventPayload = EventPayload> {
  /** Stable name stored in the outbox; never rename a published event. */
  static eventName: string

  readonly id: string = randomUUID()
  readonly occurredAt: Date = new Date()

  constructor(readonly payload: Payload) {}

  get name(): string {
    return (this.constructor as typeof DomainEvent).eventName
  }

  toEnvelope(): EventEnvelope<Payload> {
    return {
      id: this.id,
      name: this.name,
      occurredAt: this.occurredAt.toISOString(),
      payload: this.payload,
    }
  }
}

export type DomainEventClass<Payload extends EventPayload = any> = (abstract new (
  ...args: any[]
) => DomainEvent<Payload>) & { eventName: string }

export type PayloadOf<E> = E extends DomainEventClass<infer P> ? P : never
