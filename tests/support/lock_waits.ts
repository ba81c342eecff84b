import db from '@adonisjs/lucid/services/db'

/**
 * Resolves once `count` connections to this PostgreSQL database wait for a
 * lock: a test holding a lock knows the statement it raced is now queued
 * behind it.
 */
export async function lockWaiters(count: number) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const { rows } = await db.rawQuery(
      'select count(*)::int as waiting from pg_stat_activity ' +
        "where datname = current_database() and wait_event_type = 'Lock'"
    )
    if (rows[0].waiting >= count) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`expected ${count} connections waiting for a lock`)
}
