import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * Rows per INSERT statement: knex writes a SQLite multi-row insert as a
 * compound SELECT, which SQLite caps at 500 terms.
 */
export const INSERT_CHUNK = 500

/**
 * Multi-row inserts of at most `rowsPerStatement` rows each (INSERT_CHUNK
 * unless told; never more on SQLite), in the caller's client.
 */
export async function insertInChunks(
  client: QueryClientContract,
  table: string,
  rows: Record<string, unknown>[],
  options: { ignoreConflictsOn?: string[]; rowsPerStatement?: number } = {}
) {
  const wanted = options.rowsPerStatement ?? INSERT_CHUNK
  const size = client.dialect.name === 'postgres' ? wanted : Math.min(wanted, INSERT_CHUNK)
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size)
    const insert = client.knexQuery().table(table).insert(chunk)
    if (options.ignoreConflictsOn) {
      await insert.onConflict(options.ignoreConflictsOn).ignore()
    } else {
      await insert
    }
  }
}
