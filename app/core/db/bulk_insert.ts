import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * Rows per INSERT statement: knex writes a SQLite multi-row insert as a
 * compound SELECT, which SQLite caps at 500 terms.
 */
export const INSERT_CHUNK = 500

/** Multi-row inserts of at most INSERT_CHUNK rows each, in the caller's client. */
export async function insertInChunks(
  client: QueryClientContract,
  table: string,
  rows: Record<string, unknown>[],
  options: { ignoreConflictsOn?: string[] } = {}
) {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK)
    const insert = client.knexQuery().table(table).insert(chunk)
    if (options.ignoreConflictsOn) {
      await insert.onConflict(options.ignoreConflictsOn).ignore()
    } else {
      await insert
    }
  }
}
