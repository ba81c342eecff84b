import db from '@adonisjs/lucid/services/db'
import { fetchPage, fetchPageOf, type Page } from '#core/queries/page'
import { preparedRowsOf } from '#core/db/prepared'
import { instantOf } from '#core/db/timestamps'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingItem from '#shipping/models/shipping_item'
import { orderedNewestFirst } from '#shipping/services/ordering'
import { ItemCounts, type ItemCountFilters } from '#shipping/queries/item_counts'
import type { ItemFilters } from '#shipping/validators/list_validators'
import type { ItemStatus } from '#shipping/enums/item_status'
import type { Instant } from '#core/time/business_time'

/**
 * An item as its lists and the API's detail present it (API and console
 * alike). A model fits; the rows read for them are plain objects instead:
 * building an ORM model per row (its proxy, its original values, its column
 * hooks) was 6.5% of the item list's time in its profile, for rows only read.
 * Their timestamps stay the driver's `Date`s: a luxon `DateTime` per
 * timestamp (its locale, its calendar fields) was 7.6% of what an item list
 * request allocated, for values only written out.
 */
export type ItemView = Pick<
  ShippingItem,
  'id' | 'uuid' | 'trackingNumber' | 'sku' | 'status' | 'currentDistributionCenterCode'
> & {
  timestampCreated: Instant
  timestampCompleted: Instant | null
}

/** The columns behind {@link ItemView}. */
export const VIEW_COLUMNS = [
  'id',
  'uuid',
  'tracking_number',
  'sku',
  'status',
  'current_distribution_center_code',
  'timestamp_created',
  'timestamp_completed',
]

/**
 * Items, all or one batch's: filters `status` and
 * `current_distribution_center_code`, `ordering` over the two timestamps.
 *
 * The whole list costs the same on page 1 of 10k items and deep in 1M
 * (ADR 0016): the total comes from the maintained counts, and a page's rows
 * are picked by id from the list's index alone (the rows skipped never
 * leave it), from whichever end of the list is nearer, then loaded. A
 * batch's items are few: counted and paged directly.
 */
export class ListItems {
  /**
   * From this many rows into a list in creation order (from whichever end
   * it is read), a page skips whole days by their counts before it walks.
   */
  static skipDaysFrom = 1_000

  #counts = new ItemCounts()

  async handle(filters: ItemFilters, scope: { batchId?: number } = {}): Promise<Page<ItemView>> {
    if (scope.batchId !== undefined) {
      return fetchPage(this.#inBatch(filters, scope.batchId), pageRequestOf(filters))
    }
    return fetchPageOf(
      {
        count: () => this.#counts.matching(countFilters(filters)),
        slice: (window) => this.slice(filters, window),
        sliceFromEnd: (window) => this.slice(filters, { ...window, reversed: true }),
      },
      pageRequestOf(filters)
    )
  }

  /**
   * `limit` items after the first `offset` (`reversed`: before the last
   * `offset`), in list order: ids first, from the index, then their rows.
   * Deep into a list in creation order, the ids are read after the whole
   * days before the page, found by their counts.
   */
  async slice(filters: ItemFilters, window: SliceWindow): Promise<ItemView[]> {
    const { query } = await this.sliceStatement(filters, window)
    // Filters, orderings, direction and days skipped make some thousand
    // possible texts: one family, of which the first few are named.
    const rows = await preparedRowsOf(query, { family: 'shipping.item_list' })
    return rows.map(itemView)
  }

  /**
   * The statement behind `slice` (the benchmark explains it), once the
   * days to skip are known; wrapped, as a query builder awaited would run.
   */
  async sliceStatement(filters: ItemFilters, window: SliceWindow) {
    const ids = filtered(db.from('shipping_items').select('id'), filters)
    const order = creationOrder(filters, window.reversed)
    let offset = window.offset
    if (order && offset >= ListItems.skipDaysFrom) {
      const start = await this.#startingDay(filters, order, offset)
      if (start) {
        const bound = dayStart(start.boundary, ids.client.dialect.name)
        ids.where('timestamp_created', order === 'desc' ? '<' : '>=', bound)
        offset -= start.skipped
      }
    }
    orderedNewestFirst(ids, filters.ordering, { reversed: window.reversed })
      .offset(offset)
      .limit(window.limit)
    const rows = db.from('shipping_items').select(VIEW_COLUMNS).whereIn('id', ids)
    return { query: orderedNewestFirst(rows, filters.ordering) }
  }

  /** The statement behind the total (the benchmark explains it). */
  countStatement(filters: ItemFilters) {
    return this.#counts.matchingStatement(countFilters(filters))
  }

  /** The statement behind a deep page's items per day, read in `order` (the benchmark explains it). */
  dayCountsQuery(filters: ItemFilters, order: 'asc' | 'desc') {
    return this.#counts.byDayQuery({ status: filters.status }, order)
  }

  /**
   * The day the row `offset` rows into the list (read in `order` of
   * creation) was created in, with the rows of the days before it.
   * None when the counts end first (the list changed since its total).
   */
  async #startingDay(filters: ItemFilters, order: 'asc' | 'desc', offset: number) {
    let skipped = 0
    for (const { day, total } of await this.#counts.byDay({ status: filters.status }, order)) {
      // A creation time stored in another form (SQLite: a data fix binding
      // a number) has no day to skip by: walk instead.
      if (!DAY.test(day)) return null
      if (skipped + total > offset) {
        // Newest first, the days skipped are those after this one.
        return { skipped, boundary: order === 'desc' ? nextDay(day) : day }
      }
      skipped += total
    }
    return null
  }

  /** One batch's items, filtered and ordered. */
  #inBatch(filters: ItemFilters, batchId: number) {
    const query = filtered(ShippingItem.query(), filters).whereIn(
      'id',
      db.from('shipping_batch_items').where('batch_id', batchId).select('item_id')
    )
    return orderedNewestFirst(query, filters.ordering)
  }
}

/**
 * The direction a slice reads creation times in, when the list is ordered
 * by them first and its filters are what the day counts count (status);
 * otherwise null.
 */
function creationOrder(filters: ItemFilters, reversed = false): 'asc' | 'desc' | null {
  if (filters.current_distribution_center_code) return null
  const first = filters.ordering[0]
  if (first && first.column !== 'timestamp_created') return null
  const direction = first?.direction ?? 'desc'
  if (!reversed) return direction
  return direction === 'asc' ? 'desc' : 'asc'
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The day after `day` (`yyyy-MM-dd`). */
function nextDay(day: string) {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10)
}

/** The first instant of `day` as the day counts' day (see `ItemCounts.byDay`). */
function dayStart(day: string, dialect: string) {
  return dialect === 'postgres' ? `${day}T00:00:00Z` : day
}

/** An {@link ItemView} from a row of {@link VIEW_COLUMNS}, as the driver answers it. */
export function itemView(row: Record<string, any>): ItemView {
  return {
    id: row.id,
    uuid: row.uuid,
    trackingNumber: row.tracking_number,
    sku: row.sku,
    status: row.status as ItemStatus,
    currentDistributionCenterCode: row.current_distribution_center_code,
    timestampCreated: instantOf(row.timestamp_created, 'shipping_items.timestamp_created')!,
    timestampCompleted: instantOf(row.timestamp_completed, 'shipping_items.timestamp_completed'),
  }
}

type SliceWindow = { offset: number; limit: number; reversed?: boolean }

const countFilters = (filters: ItemFilters): ItemCountFilters => ({
  status: filters.status,
  centerCode: filters.current_distribution_center_code,
})

function filtered<Query extends { where(column: string, value: string): unknown }>(
  query: Query,
  filters: ItemFilters
): Query {
  if (filters.status) query.where('status', filters.status)
  const center = filters.current_distribution_center_code
  if (center) query.where('current_distribution_center_code', center)
  return query
}
