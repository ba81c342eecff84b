import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/*
| Hot reads as named prepared statements. PostgreSQL parses, analyses and
| plans an unnamed statement on every execution; a named one is parsed once
| per pooled connection and, once its plan proves stable, planned once too.
| For the item list's five small statements (token, user, count, page,
| batch histories) that was 60% of PostgreSQL's CPU per request
| (bench/README.md, "Prepared statements"). SQLite runs them as they are.
|
| Only statements with a bounded set of texts belong here (values always
| bound, never spliced in): each distinct text stays prepared on every
| pooled connection for the connection's life.
*/

/** What `preparedRows` needs of a query: Lucid's database and model builders both fit. */
interface CompiledQuery {
  client: QueryClientContract
  toSQL(): { sql: string; bindings: readonly unknown[] }
}

const names = new Map<string, string>()

/** The statement's name: a digest of its text, so one name never means two texts. */
function nameOf(sql: string) {
  let name = names.get(sql)
  if (name === undefined) {
    name = `wb_${createHash('sha256').update(sql).digest('base64url').slice(0, 24)}`
    names.set(sql, name)
  }
  return name
}

/**
 * Runs `sql` (`?` placeholders) as a named prepared statement and answers
 * its rows, as the query builder would.
 */
export async function preparedRows<Row = Record<string, any>>(
  sql: string,
  bindings: readonly unknown[],
  client: QueryClientContract = db.connection()
): Promise<Row[]> {
  const query = client.rawQuery(sql, bindings as any[])
  if (client.dialect.name === 'postgres') query.knexQuery.options({ name: nameOf(sql) })
  const result = await query
  // node-postgres answers a result object, better-sqlite3 the rows.
  return Array.isArray(result) ? result : result.rows
}

/** Runs a query builder's statement as a named prepared statement (see `preparedRows`). */
export function preparedRowsOf<Row = Record<string, any>>(query: CompiledQuery): Promise<Row[]> {
  const { sql, bindings } = query.toSQL()
  return preparedRows<Row>(sql, bindings, query.client)
}
