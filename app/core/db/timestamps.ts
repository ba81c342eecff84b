import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { Instant } from '#core/time/business_time'

/**
 * A timestamp for a query-builder write, in the format Lucid models write
 * and read back on this connection's dialect (SQLite keeps no zone or
 * milliseconds, so an ISO string there would not read back).
 */
export function dbTimestamp(client: QueryClientContract, at: DateTime = DateTime.now()): string {
  return at.toFormat(client.dialect.dateTimeFormat)
}

/**
 * A date column's value in a plain row as `yyyy-MM-dd`, as a model's
 * `@column.date` reads it: PostgreSQL's driver answers a `Date` at local
 * midnight, SQLite the stored text.
 */
export function isoDateOf(value: unknown, column: string): string | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return DateTime.fromJSDate(value).toISODate()
  if (typeof value === 'string') return DateTime.fromSQL(value).toISODate()
  throw new Error(`${column}: a ${typeof value} cannot be read as a date`)
}

/**
 * A datetime column's value in a plain row (rows read without a model):
 * PostgreSQL's driver answers a `Date`, kept as it is; SQLite answers the
 * stored text, read as a model's `@column.dateTime` reads it. Anything else
 * is an error there too, never a time the API would write as null.
 */
export function instantOf(value: unknown, column: string): Instant | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return value
  if (typeof value === 'string') return DateTime.fromSQL(value)
  throw new Error(`${column}: a ${typeof value} cannot be read as a datetime`)
}
