import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { insertInChunks } from '#core/db/bulk_insert'
import { preparedRows } from '#core/db/prepared'

/*
| Long lists of values (the ids or codes of a bulk request) in one statement.
| On PostgreSQL the list travels as one array parameter (`= any(?)`,
| `unnest(?)`): a 10,000-element list is one bind parameter instead of
| 10,000, so the statement stays far from the 65,535-parameter limit and
| is parsed and planned as quickly as a short one. SQLite gets the plain
| forms (`in (...)`, chunked inserts), or for a statement written as text
| the list as JSON (`json_each(?)`).
*/

/** What `whereInList` needs of a query: Lucid's model and database builders both fit. */
interface ListQuery {
  client: QueryClientContract
  whereIn(column: string, values: readonly unknown[]): any
  whereRaw(sql: string, bindings: unknown[]): any
}

/** `column in (values)`, with the list as one array parameter on PostgreSQL. */
export function whereInList<Query extends ListQuery>(
  query: Query,
  column: string,
  values: readonly (string | number)[]
): Query {
  if (query.client.dialect.name !== 'postgres') return query.whereIn(column, values)
  return query.whereRaw('?? = any(?)', [column, [...values]])
}

/**
 * `whereInList` as statement text, for statements written as text (hot
 * reads, `preparedRows`): `<column> = any(?)` and the list as one array on
 * PostgreSQL; on SQLite `<column> in (select value from json_each(?))` and
 * the list as JSON. The text is the same whatever the list's length.
 * `column` goes into the text as it is: a fixed, quoted identifier
 * (`'"bi"."item_id"'`), never input.
 */
export function inListCondition(
  client: QueryClientContract,
  column: string,
  values: readonly (string | number)[]
): { sql: string; binding: unknown } {
  if (client.dialect.name === 'postgres') return { sql: `${column} = any(?)`, binding: [...values] }
  return { sql: `${column} in (select value from json_each(?))`, binding: JSON.stringify(values) }
}

/**
 * How many rows of `table` hold each of `values` in `column` (a value no
 * row holds is absent): one prepared statement whatever the number of
 * values, for the counts a page of rows shows (a transport's batches, a
 * batch's items). `table` and `column` go into the text as they are: fixed
 * identifiers, never input.
 */
export async function countsPer<Value extends string | number>(
  table: string,
  column: string,
  values: readonly Value[],
  client: QueryClientContract = db.connection()
): Promise<Map<Value, number>> {
  if (values.length === 0) return new Map()
  const list = inListCondition(client, `"${column}"`, values)
  const rows = await preparedRows<Record<string, Value | number | string>>(
    `select "${column}" as "value", count(*) as "total" from "${table}" ` +
      `where ${list.sql} group by "${column}"`,
    [list.binding],
    client
  )
  return new Map(rows.map((row) => [row.value as Value, Number(row.total)]))
}

/**
 * One row per id: `{ ...fixed, [idColumn]: id }` for each of `ids` (e.g.
 * the memberships of many items in one batch). One `insert … select
 * unnest(?)` on PostgreSQL whatever the number of ids; chunked multi-row
 * inserts elsewhere.
 */
export async function insertPerId(
  client: QueryClientContract,
  table: string,
  idColumn: string,
  ids: readonly number[],
  fixed: Record<string, string | number | boolean>
) {
  if (ids.length === 0) return
  if (client.dialect.name !== 'postgres') {
    await insertInChunks(
      client,
      table,
      ids.map((id) => ({ ...fixed, [idColumn]: id }))
    )
    return
  }
  const columns = Object.keys(fixed)
  await client.rawQuery(
    `insert into ?? (${columns.map(() => '??').join(', ')}, ??) ` +
      `select ${columns.map(() => '?').join(', ')}, unnest(?::bigint[])`,
    [table, ...columns, idColumn, ...columns.map((column) => fixed[column]), [...ids]]
  )
}
