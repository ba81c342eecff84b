import { fetchPreparedPage, type Page } from '#core/queries/page'
import db from '@adonisjs/lucid/services/db'
import { whereContains } from '#core/db/contains'
import { instantOf } from '#core/db/timestamps'
import { pageRequestOf } from '#core/validation/list_params'
import type { Instant } from '#core/time/business_time'
import type ShippingBatch from '#shipping/models/shipping_batch'
import { orderedNewestFirst } from '#shipping/services/ordering'
import type { BatchFilters } from '#shipping/validators/list_validators'

/**
 * A batch as its lists and the API present it. A model fits; the rows a
 * list reads are plain objects, as the item and transport lists' are (ADR
 * 0017).
 */
export type BatchView = Pick<
  ShippingBatch,
  'id' | 'uuid' | 'alias' | 'completed' | 'transportId'
> & {
  timestampCreated: Instant
  timestampCompleted: Instant | null
}

/** The columns behind {@link BatchView}. */
const VIEW_COLUMNS = [
  'id',
  'uuid',
  'alias',
  'completed',
  'transport_id',
  'timestamp_created',
  'timestamp_completed',
]

/**
 * Batches, all or one transport's: filter `completed`, `search` in the alias
 * (any case), `ordering` over the timestamps. The count and the page run as
 * prepared statements (the search term is bound, not written in).
 */
export class ListBatches {
  async handle(
    filters: BatchFilters,
    scope: { transportId?: number } = {}
  ): Promise<Page<BatchView>> {
    const query = db.from('shipping_batches').select(VIEW_COLUMNS)
    if (scope.transportId !== undefined) query.where('transport_id', scope.transportId)
    if (filters.completed !== undefined) query.where('completed', filters.completed)
    if (filters.search !== undefined) whereContains(query, ['alias'], filters.search)
    return fetchPreparedPage(
      orderedNewestFirst(query, filters.ordering),
      pageRequestOf(filters),
      batchView,
      'shipping.batch_list'
    )
  }
}

/** A {@link BatchView} from a row of its columns, as the driver answers it. */
function batchView(row: Record<string, any>): BatchView {
  return {
    id: row.id,
    uuid: row.uuid,
    alias: row.alias,
    // SQLite answers 0 or 1.
    completed: Boolean(row.completed),
    transportId: row.transport_id,
    timestampCreated: instantOf(row.timestamp_created, 'shipping_batches.timestamp_created')!,
    timestampCompleted: instantOf(row.timestamp_completed, 'shipping_batches.timestamp_completed'),
  }
}
