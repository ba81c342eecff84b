/**
 * Whether a database error is a unique-constraint violation (PostgreSQL
 * 23505, SQLite SQLITE_CONSTRAINT_UNIQUE), optionally on a given column.
 * Lets an action turn the race it lost into a clear 4xx.
 *
 * The column is read from what the database says was duplicated, never
 * from the whole message: the driver's message starts with the statement,
 * which names every column it writes.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const err = error as UniqueViolation
  const unique = err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  if (!unique || !column) return unique
  const columns = duplicatedColumns(err)
  if (columns) return columns.includes(column)
  // No key in the detail (PostgreSQL leaves it out where the role may not
  // read the columns): the index's name, as migrations name them.
  return err.table !== undefined && err.constraint === `${err.table}_${column}_unique`
}

type UniqueViolation = {
  code?: string
  detail?: string
  message?: string
  constraint?: string
  table?: string
}

/**
 * PostgreSQL's detail: `Key (tracking_number)=(…) already exists.` (the
 * words around the key are translated with the server's messages, the
 * `(columns)=(` part is not); SQLite's message ends
 * `UNIQUE constraint failed: shipping_items.alias` (table-qualified,
 * comma-separated for a composite key).
 */
function duplicatedColumns(err: UniqueViolation): string[] | null {
  const key = /\((.+?)\)=\(/.exec(err.detail ?? '')
  if (key) return key[1].split(',').map((name) => name.trim().replace(/^"|"$/g, ''))
  const failed = /UNIQUE constraint failed: (.+)$/.exec(err.message ?? '')
  if (failed) return failed[1].split(',').map((name) => name.trim().split('.').pop()!)
  return null
}
