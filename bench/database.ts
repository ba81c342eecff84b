import db from '@adonisjs/lucid/services/db'

/**
 * The benchmarks fill and empty a PostgreSQL database of their own, named
 * with "bench" (`npm run bench` uses waybill_bench); this refuses any other.
 */
export function assertBenchDatabase(): string {
  const { client, connection } = db.getRawConnection(db.primaryConnectionName)!.config
  const name = String((connection as { database?: string } | undefined)?.database ?? '')
  if (client !== 'pg' || !name.includes('bench')) {
    throw new Error(
      'The benchmarks need a PostgreSQL database of their own, named with "bench": ' +
        'run `npm run bench` (DB_CONNECTION=pg PG_DB_NAME=waybill_bench).'
    )
  }
  return name
}
