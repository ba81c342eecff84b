import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Serialises transactions that contend on something with no row to lock
 * yet (e.g. "codes requested for this phone number"): a PostgreSQL
 * transaction-scoped advisory lock on the key. SQLite runs one writer at a
 * time already, so there it is a no-op.
 */
export async function lockKey(trx: TransactionClientContract, key: string) {
  if (trx.dialect.name === 'postgres') {
    await trx.rawQuery('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [key])
  }
}
