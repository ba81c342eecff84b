import db from '@adonisjs/lucid/services/db'
import { preparedRows, preparedRowsOf } from '#core/db/prepared'
import { ITEM_STATUSES, type ItemStatus } from '#shipping/enums/item_status'

export type ItemCountFilters = { status?: ItemStatus; centerCode?: string }

/**
 * Item counts from `shipping_item_counts`, which triggers keep in the
 * transaction of every write to `shipping_items` (migration
 * `…_shipping_create_item_counts_table`, ADR 0016): exact, and a read of at
 * most a few dozen rows whatever the number of items.
 */
export class ItemCounts {
  /** Items with this status and current center (either may be left out). */
  async matching(filters: ItemCountFilters): Promise<number> {
    const { sql, bindings } = this.matchingStatement(filters)
    const [row] = await preparedRows<{ total: number | string | null }>(sql, bindings)
    return Number(row.total ?? 0)
  }

  /**
   * The statement behind `matching` (the benchmark explains it): text, as
   * every item list page runs it (no query builder compiled per request).
   */
  matchingStatement(filters: ItemCountFilters) {
    const conditions: string[] = []
    const bindings: string[] = []
    if (filters.status) {
      conditions.push('"status" = ?')
      bindings.push(filters.status)
    }
    if (filters.centerCode) {
      conditions.push('"center_code" = ?')
      bindings.push(filters.centerCode)
    }
    const where = conditions.length > 0 ? ` where ${conditions.join(' and ')}` : ''
    return { sql: `select sum("total") as "total" from "shipping_item_counts"${where}`, bindings }
  }

  /** Items per status, every status listed. */
  async byStatus(): Promise<Map<ItemStatus, number>> {
    const rows: { status: ItemStatus; total: number | string }[] = await db
      .from('shipping_item_counts')
      .select('status')
      .sum('total as total')
      .groupBy('status')
    const counts = new Map(rows.map((row) => [row.status, Number(row.total)]))
    return new Map(ITEM_STATUSES.map((status) => [status, counts.get(status) ?? 0]))
  }

  /**
   * Items per day created (with this status, when given), in day order:
   * from `shipping_item_day_counts`, kept like the counts (migration
   * `…_shipping_create_item_day_counts_table`). A day is `yyyy-MM-dd`, the
   * UTC date on PostgreSQL, the stored text's date on SQLite.
   */
  async byDay(
    filters: { status?: ItemStatus },
    direction: 'asc' | 'desc'
  ): Promise<{ day: string; total: number }[]> {
    const rows = await preparedRowsOf<{ day: string; total: number | string }>(
      this.byDayQuery(filters, direction)
    )
    return rows.map((row) => ({ day: row.day, total: Number(row.total) }))
  }

  /** The statement behind `byDay` (the benchmark explains it). */
  byDayQuery(filters: { status?: ItemStatus }, direction: 'asc' | 'desc') {
    const query = db
      .from('shipping_item_day_counts')
      .select('day')
      .sum('total as total')
      .groupBy('day')
      .orderBy('day', direction)
    if (filters.status) query.where('status', filters.status)
    return query
  }
}
