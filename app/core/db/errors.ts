/**
 * Whether a database error is a unique-constraint violation (PostgreSQL
 * 23505, SQLite SQLITE_CONSTRAINT_UNIQUE), optionally on a given column.
 * Lets an action turn the race it lost into a clear 4xx.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const err = error as { code?: string; detail?: string; message?: string; constraint?: string }
  const unique = err?.code === '23505' || err?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  if (!unique || !column) return unique
  const text = `${err.constraint ?? ''} ${err.detail ?? ''} ${err.message ?? ''}`
  return text.includes(column)
}
