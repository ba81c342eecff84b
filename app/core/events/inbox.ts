import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { preparedRows } from '#core/db/prepared'

export const INBOX_TABLE = 'core_processed_events'

/**
 * Raw SQL rather than the query builder: it runs once per delivery, and
 * compiling the builder's insert was a visible share of the worker's time
 * (bench/README.md, Events); a prepared statement (ADR 0017), so PostgreSQL
 * does not plan it again for every delivery. PostgreSQL and SQLite (≥ 3.35)
 * both take it.
 */
const CLAIM_SQL =
  `insert into ${INBOX_TABLE} (event_id, listener, processed_at) values (?, ?, ?) ` +
  'on conflict (event_id, listener) do nothing returning event_id'

/**
 * Claims (event, listener) inside the listener's transaction. False when it
 * was already applied: BullMQ delivers at least once, the inbox makes the
 * listener's database effects happen exactly once. A concurrent duplicate
 * waits on the primary key until the first commits, then sees the row.
 */
export async function claimDelivery(
  trx: TransactionClientContract,
  eventId: string,
  listener: string
): Promise<boolean> {
  const rows = await preparedRows(CLAIM_SQL, [eventId, listener, new Date().toISOString()], trx)
  return rows.length > 0
}
