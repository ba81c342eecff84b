import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export const INBOX_TABLE = 'core_processed_events'

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
  const inserted = await trx
    .knexQuery()
    .table(INBOX_TABLE)
    .insert({ event_id: eventId, listener, processed_at: new Date().toISOString() })
    .onConflict(['event_id', 'listener'])
    .ignore()
    .returning('event_id')
  return inserted.length > 0
}
