import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * A timestamp for a query-builder write, in the format Lucid models write
 * and read back on this connection's dialect (SQLite keeps no zone or
 * milliseconds, so an ISO string there would not read back).
 */
export function dbTimestamp(client: QueryClientContract, at: DateTime = DateTime.now()): string {
  return at.toFormat(client.dialect.dateTimeFormat)
}
