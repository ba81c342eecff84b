import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { DateTime } from 'luxon'
import env from '#start/env'

/*
| Hot reads as named prepared statements (ADR 0017). PostgreSQL parses,
| analyses and plans an unnamed statement on every execution; a named one is
| parsed once per pooled connection (and, if a generic plan proves as good,
| planned once too). For the item list's five small statements (token, user,
| count, page, batch histories) that was 60% of PostgreSQL's CPU per request
| (bench/README.md, "Prepared statements"). SQLite runs the same text unnamed.
|
| Only statements with a bounded set of texts belong here (values always
| bound, never spliced in): each distinct text stays prepared on every pooled
| connection for the connection's life. `PG_PREPARED_STATEMENTS=false` turns
| naming off, for a connection pooler that cannot carry named statements.
*/

const enabled = env.get('PG_PREPARED_STATEMENTS', true)

/** Past this many distinct texts a new one runs unnamed: a safety net for the bounded-text rule. */
const MAX_NAMES = 1_000

/**
 * Past this many distinct texts of one family (`options.family`) a new one
 * runs unnamed. A list whose filters and orderings combine into thousands
 * of possible texts (the transport list: some 25,000) names the shapes it
 * meets first, and a client walking through the rare ones can neither make
 * every pooled connection hold thousands of statements nor use up the
 * names the other hot statements need.
 */
export const MAX_NAMES_PER_FAMILY = 64

/**
 * Part of every name. A column type change (even a compatible one, such as
 * a wider varchar) makes PostgreSQL refuse a statement prepared before it:
 * a new generation prepares every statement again under new names.
 */
let generation = 0
const names = new Map<string, string>()
/** Texts named so far per family. */
const familySizes = new Map<string, number>()

/** The statement's name: a digest of its text, so one name never means two texts. */
function nameOf(sql: string, family: string | undefined): string | undefined {
  let name = names.get(sql)
  if (name === undefined && names.size < MAX_NAMES) {
    if (family !== undefined) {
      const size = familySizes.get(family) ?? 0
      if (size >= MAX_NAMES_PER_FAMILY) return undefined
      familySizes.set(family, size + 1)
    }
    const digest = createHash('sha256').update(`${generation}:${sql}`).digest('base64url')
    name = `wb_${digest.slice(0, 24)}`
    names.set(sql, name)
  }
  return name
}

/**
 * A prepared statement whose result is every column (`select *`,
 * `returning *`) fails once a migration adds a column to the table; a `*`
 * in a subquery (`exists (select * …)`) does not shape the result.
 */
const ALL_COLUMNS = /^\s*select\s+(distinct\s+)?([^\s,]+\.)?\*|\breturning\s+\*/i

/**
 * PostgreSQL's refusal to run a statement prepared before a column's type
 * changed, known by the function that raises it (the message is translated
 * with the server's language).
 */
function isStalePlan(error: unknown) {
  const err = error as { code?: string; routine?: string; message?: string }
  return (
    err?.code === '0A000' &&
    (err.routine === 'RevalidateCachedQuery' ||
      /cached plan must not change result type/.test(err.message ?? ''))
  )
}

/**
 * Runs `sql` (`?` placeholders, values only: no `??` identifiers, no nested
 * queries, which would change the text after it is named; named columns,
 * never `*`) as a named prepared statement, and answers its rows, as the
 * query builder would. The rules are checked on every database, so SQLite's
 * test run catches what PostgreSQL would refuse. A statement whose texts
 * are many (a list's filters times its orderings) names a `family`: at
 * most {@link MAX_NAMES_PER_FAMILY} of its texts are named.
 */
export async function preparedRows<Row = Record<string, any>>(
  sql: string,
  bindings: readonly unknown[],
  client: QueryClientContract = db.connection(),
  options: PreparedOptions = {}
): Promise<Row[]> {
  if (sql.includes('??') || bindings.some(isQuery)) {
    throw new Error(`A prepared statement binds values only: ${sql}`)
  }
  if (ALL_COLUMNS.test(sql)) throw new Error(`A prepared statement names its columns: ${sql}`)
  const named = enabled && client.dialect.name === 'postgres'
  const run = async () => {
    const name = named ? nameOf(sql, options.family) : undefined
    if (name && !client.isTransaction && !client.debug)
      return onPooledConnection(client, sql, name, bindings)
    const query = client.rawQuery(sql, bindings as any[])
    if (name) query.knexQuery.options({ name })
    const result = await query
    // node-postgres answers a result object, better-sqlite3 the rows.
    return Array.isArray(result) ? result : result.rows
  }
  const prepared = generation
  try {
    return await run()
  } catch (error) {
    if (!named || !isStalePlan(error)) throw error
    // Once per change, not once per statement that was in flight.
    if (prepared === generation) {
      generation++
      names.clear()
      familySizes.clear()
    }
    // In a transaction the failed statement has aborted it: the caller's
    // retry (the job's, the client's) prepares the statement anew.
    if (client.isTransaction) throw error
    return run()
  }
}

/** A plain `select` may go to a read replica; anything else (a `with …` included) goes to the primary. */
const READ = /^\s*select\b/i

/** Texts with PostgreSQL's `$n` placeholders, by their `?` text (bounded like `names`). */
const positioned = new Map<string, string>()

/**
 * Outside a transaction, the statement goes straight to a pooled
 * node-postgres connection. What knex's runner adds around it (a raw
 * builder, its compilation, placeholder renumbering on every run, query
 * events Lucid only listens to with `debug` on) was a tenth to a fifth of
 * the item list's server CPU, for a text that is already final (ADR 0017).
 * A transaction keeps knex's path, which refuses a statement once the
 * transaction has ended instead of running it outside it.
 */
async function onPooledConnection(
  client: QueryClientContract,
  sql: string,
  name: string,
  bindings: readonly unknown[]
) {
  if (bindings.includes(undefined)) {
    throw new Error(`Undefined binding in a prepared statement: ${sql}`)
  }
  // A read replica (if the connection has one) takes reads, as Lucid's builders send them.
  const knex = READ.test(sql) ? client.getReadClient() : client.getWriteClient()
  const knexClient = knex.client
  let text = positioned.get(sql)
  if (text === undefined) {
    text = knexClient.positionBindings(sql) as string
    if (positioned.size < MAX_NAMES) positioned.set(sql, text)
  }
  const connection = await knexClient.acquireConnection()
  try {
    const result = await connection.query({ name, text, values: bindings })
    return result.rows
  } catch (error) {
    // As knex does: the statement leads the message (its values do not).
    if (error instanceof Error) error.message = `${text} - ${error.message}`
    throw error
  } finally {
    knexClient.releaseConnection(connection)
  }
}

/** Runs a database query builder's statement as a named prepared statement (see `preparedRows`). */
export function preparedRowsOf<Row = Record<string, any>>(
  query: DatabaseQueryBuilderContract<any>,
  options: PreparedOptions = {}
): Promise<Row[]> {
  const { sql, bindings } = query.toSQL()
  return preparedRows<Row>(sql, bindings, query.client, options)
}

export type PreparedOptions = {
  /** The statement's family, whose named texts are bounded (`MAX_NAMES_PER_FAMILY`). */
  family?: string
}

/**
 * A knex or Lucid query, raw fragment, reference or callback: compiled into
 * the text, not bound. (A Luxon `DateTime` has a `toSQL` too, and is a value.)
 */
function isQuery(binding: unknown) {
  if (typeof binding === 'function') return true
  if (typeof binding !== 'object' || binding === null || DateTime.isDateTime(binding)) return false
  return 'toSQL' in binding || 'toKnex' in binding
}
