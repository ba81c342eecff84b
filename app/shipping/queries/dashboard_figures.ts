import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { dbTimestamp } from '#core/db/timestamps'
import { BUSINESS_TIME_ZONE } from '#core/time/business_time'
import { ITEM_STATUSES, type ItemStatus } from '#shipping/enums/item_status'
import { CenterDirectory } from '#distribution/contracts/centers'
import { ItemCounts } from '#shipping/queries/item_counts'

export type ItemsByStatus = {
  total: number
  statuses: { status: ItemStatus; count: number }[]
}

export type OpenTransports = {
  /** Not departed and no driver assigned. */
  waitingForDriver: number
  /** A driver assigned, not departed yet. */
  readyToDepart: number
  /** Departed, not arrived. */
  onTheRoad: number
}

export type DailyCounts = {
  /** One entry per business day (oldest first), today last, days with nothing included. */
  days: { date: string; count: number }[]
  total: number
  timeZone: string
}

export type TopRoute = {
  source: { code: string; name: string | null }
  destination: { code: string; name: string | null }
  transports: number
}

type Clock = { now?: DateTime }

/**
 * The staff dashboard's figures. Each is one grouped or range-bounded
 * statement answered from an index (see the migration
 * `…_shipping_index_dashboard`), so its cost follows what it counts, never
 * the table: no row is loaded into the app to be counted, and the day
 * buckets are decided by the database.
 */
@inject()
export class DashboardFigures {
  constructor(private centers: CenterDirectory) {}

  /** Items per status, from the maintained counts (a few dozen rows however many items). */
  async itemsByStatus(): Promise<ItemsByStatus> {
    const counts = await new ItemCounts().byStatus()
    const statuses = ITEM_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }))
    return { total: statuses.reduce((sum, entry) => sum + entry.count, 0), statuses }
  }

  /**
   * Transports not yet arrived, by stage. Only open transports are read
   * (`completed = false`, indexed): they are a handful next to the arrived
   * ones, however long the history.
   */
  async openTransports(): Promise<OpenTransports> {
    const [row] = await db
      .from('shipping_transports')
      .where('completed', false)
      .select(
        db.raw(
          'coalesce(sum(case when timestamp_departed is null and driver_uuid is null then 1 else 0 end), 0) as waiting_for_driver'
        ),
        db.raw(
          'coalesce(sum(case when timestamp_departed is null and driver_uuid is not null then 1 else 0 end), 0) as ready_to_depart'
        ),
        db.raw(
          'coalesce(sum(case when timestamp_departed is not null then 1 else 0 end), 0) as on_the_road'
        )
      )
    return {
      waitingForDriver: Number(row.waiting_for_driver),
      readyToDepart: Number(row.ready_to_depart),
      onTheRoad: Number(row.on_the_road),
    }
  }

  /** Items that arrived (became COMPLETED) on each of the last `days` business days. */
  deliveredPerDay(options: Clock & { days?: number } = {}) {
    return this.#perDay('timestamp_completed', options)
  }

  /** Items created on each of the last `days` business days. */
  createdPerDay(options: Clock & { days?: number } = {}) {
    return this.#perDay('timestamp_created', options)
  }

  /**
   * The routes most transports ran (any state), busiest first: one GROUP BY
   * over the (source, destination) index; the centers' names come from
   * distribution in one batch.
   */
  async topRoutes(limit = 5): Promise<TopRoute[]> {
    const rows: { source: string; destination: string; transports: number | string }[] = await db
      .from('shipping_transports')
      .select(
        'distribution_center_code_source as source',
        'distribution_center_code_destination as destination'
      )
      .count('* as transports')
      .groupBy('distribution_center_code_source', 'distribution_center_code_destination')
      .orderBy('transports', 'desc')
      .orderBy('source')
      .orderBy('destination')
      .limit(limit)
    const names = await this.centers.getCenters(
      rows.flatMap((row) => [row.source, row.destination])
    )
    const center = (code: string) => ({ code, name: names.get(code)?.name ?? null })
    return rows.map((row) => ({
      source: center(row.source),
      destination: center(row.destination),
      transports: Number(row.transports),
    }))
  }

  /**
   * Rows per business day, for the `days` days ending today. Days start at
   * midnight in the business time zone (DST included), computed here; the
   * database counts each day with a conditional sum over one index range
   * scan (`column >= first midnight`), which reads the rows of those days
   * only and works alike on PostgreSQL and SQLite (no date functions, whose
   * names and zone handling differ).
   */
  async #perDay(
    column: 'timestamp_created' | 'timestamp_completed',
    { now = DateTime.now(), days = 14 }: Clock & { days?: number }
  ): Promise<DailyCounts> {
    const today = now.setZone(BUSINESS_TIME_ZONE).startOf('day')
    const starts = Array.from({ length: days + 1 }, (_, index) =>
      today.minus({ days: days - 1 - index })
    )
    const client = db.connection()
    // Lucid writes timestamps in the process's zone (SQLite keeps no offset).
    const bounds = starts.map((start) => dbTimestamp(client, start.toLocal()))
    const buckets = starts
      .slice(0, days)
      .map((_, index) =>
        db.raw(`coalesce(sum(case when ?? >= ? and ?? < ? then 1 else 0 end), 0) as ??`, [
          column,
          bounds[index],
          column,
          bounds[index + 1],
          `day_${index}`,
        ])
      )
    const [row] = await client
      .from('shipping_items')
      .where(column, '>=', bounds[0])
      .where(column, '<', bounds[days])
      .select(buckets)
    const entries = starts.slice(0, days).map((start, index) => ({
      date: start.toISODate()!,
      count: Number(row[`day_${index}`] ?? 0),
    }))
    return {
      days: entries,
      total: entries.reduce((sum, entry) => sum + entry.count, 0),
      timeZone: BUSINESS_TIME_ZONE,
    }
  }
}
