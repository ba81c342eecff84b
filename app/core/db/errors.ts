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
  const err = error as { code?: string; detail?: string; message?: string }
  const unique = err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  if (!unique || !column) return unique
  return duplicatedColumns(err).includes(column)
}

/**
 * PostgreSQL's detail: `Key (tracking_number)=(…) already exists.`;
 * SQLite's message ends `UNIQUE constraint failed: shipping_items.alias`
 * (table-qualified, comma-separated for a composite key).
 */
function duplicatedColumns(err: { detail?: string; message?: string }): string[] {
  const key = /^Key \((.+?)\)=\(/.exec(err.detail ?? '')
  if (key) return key[1].split(',').map((name) => name.trim().replace(/^"|"$/g, ''))
  const failed = /UNIQUE constraint failed: (.+)$/.exec(err.message ?? '')
  if (failed) return failed[1].split(',').map((name) => name.trim().split('.').pop()!)
  return []
}
