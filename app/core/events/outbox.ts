import type { Database } from '@adonisjs/lucid/database'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Logger } from '@adonisjs/core/logger'
import type { DomainEvent, EventEnvelope } from '#core/events/domain_event'
import { listenerNameOf } from '#core/events/listener'
import type { QueueManager } from '#core/queue/queue_manager'
import type { Registry } from '#core/queue/registry'

export const OUTBOX_TABLE = 'core_outbox_events'

/**
 * Job name of the per-listener delivery (app/core/jobs/deliver_event_job.ts).
 */
export const DELIVER_EVENT_JOB = 'DeliverEventJob'

export type DeliveryPayload = { listener: string; event: EventEnvelope }

type OutboxRow = { id: string; name: string; payload: unknown; occurred_at: unknown }

/**
 * Transactional outbox. `record` writes events in the caller's transaction;
 * once it commits they are handed to BullMQ, one job per subscribed listener
 * with a deterministic job id (`<event id>.<listener>`, so a re-send is a
 * no-op), and marked dispatched. Events rolled back with their transaction
 * never existed; events whose hand-over failed (Redis down) wait for the
 * periodic sweep.
 */
export class Outbox {
  constructor(
    private db: Database,
    private queues: QueueManager,
    private registry: Registry,
    private logger: Logger
  ) {}

  async record(trx: TransactionClientContract, ...events: DomainEvent[]) {
    if (events.length === 0) return
    const envelopes = events.map((event) => event.toEnvelope())
    await trx.table(OUTBOX_TABLE).multiInsert(
      envelopes.map((envelope) => ({
        id: envelope.id,
        name: envelope.name,
        payload: JSON.stringify(envelope.payload),
        occurred_at: envelope.occurredAt,
        dispatched_at: null,
        attempts: 0,
      }))
    )
    trx.after('commit', () => this.#dispatchQuietly(envelopes))
  }

  /**
   * Hands committed events to the queue and marks them dispatched. Throws
   * when Redis refuses (attempts are counted).
   */
  async dispatch(envelopes: EventEnvelope[]) {
    if (envelopes.length === 0) return
    const ids = envelopes.map((envelope) => envelope.id)
    const deliveries = envelopes.flatMap((event) =>
      this.registry.listenersOf(event.name).map((listener) => {
        const name = listenerNameOf(listener)
        return {
          name: DELIVER_EVENT_JOB,
          data: { listener: name, event } satisfies DeliveryPayload,
          opts: { jobId: `${event.id}.${name}` },
        }
      })
    )

    try {
      await this.queues.addBulk('events', deliveries)
    } catch (error) {
      await this.db.from(OUTBOX_TABLE).whereIn('id', ids).increment('attempts', 1)
      throw error
    }
    await this.db
      .from(OUTBOX_TABLE)
      .whereIn('id', ids)
      .update({ dispatched_at: new Date().toISOString() })
  }

  /**
   * Re-dispatches committed events that were never handed over, oldest
   * first. Returns how many were dispatched.
   */
  async sweep(options: { olderThanMs: number; limit: number }): Promise<number> {
    const cutoff = new Date(Date.now() - options.olderThanMs).toISOString()
    const rows: OutboxRow[] = await this.db
      .from(OUTBOX_TABLE)
      .whereNull('dispatched_at')
      .where('occurred_at', '<=', cutoff)
      .orderBy('occurred_at')
      .limit(options.limit)
      .select('id', 'name', 'payload', 'occurred_at')
    await this.dispatch(rows.map(toEnvelope))
    return rows.length
  }

  /**
   * Events committed but not yet handed to the queue.
   */
  async undispatchedCount(): Promise<number> {
    const [row] = await this.db.from(OUTBOX_TABLE).whereNull('dispatched_at').count('* as total')
    return Number(row.total)
  }

  async #dispatchQuietly(envelopes: EventEnvelope[]) {
    try {
      await this.dispatch(envelopes)
    } catch (error) {
      this.logger.warn(
        { err: error, events: envelopes.length },
        'outbox: hand-over to the queue failed; the sweep will retry'
      )
    }
  }
}

function toEnvelope(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    name: row.name,
    payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : (row.payload as any),
    occurredAt: new Date(row.occurred_at as string | Date).toISOString(),
  }
}
