import db from '@adonisjs/lucid/services/db'
import { iso } from '#auth/services/secrets'

/** `last_used_at` is refreshed at most this often per credential. */
const TOUCH_INTERVAL_MS = 60_000

/**
 * Records that a token or key was used, at most once a minute: a write on
 * every authenticated request would be the hot path's main cost. Says
 * whether it wrote.
 */
export async function touchLastUsed(
  table: string,
  id: string | number,
  lastUsedAt: Date | string | null
) {
  const lastUsed = lastUsedAt ? new Date(lastUsedAt).getTime() : 0
  if (Date.now() - lastUsed <= TOUCH_INTERVAL_MS) return false
  await db
    .from(table)
    .where('id', id)
    .update({ last_used_at: iso(new Date()) })
  return true
}
