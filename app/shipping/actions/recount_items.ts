import { transaction } from '#core/db/transaction'

/** As the triggers spread each key (migration `…_create_item_counts_table`). */
const SLOTS = 8

/**
 * Rebuilds the maintained item counts (`shipping_item_counts`,
 * `shipping_item_day_counts`, ADR 0016) from the items themselves, in one
 * transaction: for counts a write got past, such as SQLite's
 * `node ace db:truncate`, which deletes table by table. On PostgreSQL the
 * items are locked against writes (reads go on) until it commits, so no
 * write lands between the count and the new rows.
 */
export class RecountItems {
  async handle(): Promise<{ items: number }> {
    return transaction(async (trx) => {
      const postgres = trx.dialect.name === 'postgres'
      if (postgres) await trx.rawQuery('lock table shipping_items in share row exclusive mode')
      await trx.from('shipping_item_counts').delete()
      await trx.from('shipping_item_day_counts').delete()
      await trx.rawQuery(
        `insert into shipping_item_counts (status, center_code, slot, total)
         select status, coalesce(current_distribution_center_code, ''), id % ${SLOTS}, count(*)
         from shipping_items group by 1, 2, 3`
      )
      const day = postgres
        ? `to_char(timestamp_created at time zone 'UTC', 'YYYY-MM-DD')`
        : 'substr(timestamp_created, 1, 10)'
      await trx.rawQuery(
        `insert into shipping_item_day_counts (status, day, slot, total)
         select status, ${day}, id % ${SLOTS}, count(*)
         from shipping_items group by 1, 2, 3`
      )
      const [row] = await trx.from('shipping_item_counts').sum('total as total')
      return { items: Number(row.total ?? 0) }
    })
  }
}
