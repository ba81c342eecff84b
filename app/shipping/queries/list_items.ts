import db from '@adonisjs/lucid/services/db'
import { fetchPage, fetchPageOf } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import ShippingItem from '#shipping/models/shipping_item'
import { orderedNewestFirst } from '#shipping/services/ordering'
import { ItemCounts, type ItemCountFilters } from '#shipping/queries/item_counts'
import type { ItemFilters } from '#shipping/validators/list_validators'

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
  #counts = new ItemCounts()

  async handle(filters: ItemFilters, scope: { batchId?: number } = {}) {
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
   */
  slice(filters: ItemFilters, window: { offset: number; limit: number; reversed?: boolean }) {
    const ids = filtered(db.from('shipping_items').select('id'), filters)
    orderedNewestFirst(ids, filters.ordering, { reversed: window.reversed })
      .offset(window.offset)
      .limit(window.limit)
    return orderedNewestFirst(ShippingItem.query().whereIn('id', ids), filters.ordering)
  }

  /** The statement behind the total (the benchmark explains it). */
  countQuery(filters: ItemFilters) {
    return this.#counts.matchingQuery(countFilters(filters))
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
