import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { dbTimestamp } from '#core/db/timestamps'
import { insertPerId, whereInList } from '#core/db/id_lists'
import { lockedBatchWithTransport } from '#shipping/services/locks'
import { ItemAddedToBatch } from '#shipping/events/item_added_to_batch'
import { BATCHABLE_STATUSES, type ItemStatus } from '#shipping/enums/item_status'
import { batchRules, enforceBatchRule } from '#shipping/queries/batch_rules'
import {
  BulkRefused,
  ELEMENT_REFUSALS,
  type ElementRefusal,
} from '#shipping/exceptions/shipping_errors'

/**
 * `POST batches/<alias>/add/`: puts items into an open batch that has not
 * departed. All or nothing: every element is checked first (exists,
 * CREATED or MOVING, in no other open batch) and any refusal answers one
 * entry per failing element with nothing written. Set-based: a handful of
 * statements whatever the number of items, each list one array parameter
 * on PostgreSQL (id_lists). The items are read as plain rows, not models:
 * each model read in a transaction leaves a listener on it, and the commit
 * spent a second removing 10,000 of them.
 *
 * The item rows are locked (in id order), so two requests putting the same
 * item into two batches run one after the other and the second sees the
 * first's membership: an item is in at most one open batch.
 */
/** What the checks read of an item. */
type ItemRow = { id: number; tracking_number: string; status: ItemStatus }

@inject()
export class AddItemsToBatch {
  constructor(private outbox: Outbox) {}

  async handle(alias: string, trackingNumbers: string[], actor: string | null) {
    const wanted = [...new Set(trackingNumbers)]
    return transaction(async (trx) => {
      const { batch, transport } = await lockedBatchWithTransport(trx, alias)
      enforceBatchRule(batchRules(batch, transport).addItems)
      if (wanted.length === 0) return []

      const items: ItemRow[] = await whereInList(
        trx.from('shipping_items'),
        'tracking_number',
        wanted
      )
        .orderBy('id')
        .forUpdate()
        .select('id', 'tracking_number', 'status')
      const byNumber = new Map(items.map((item) => [item.tracking_number, item]))
      const openBatches = await whereInList(
        trx.from('shipping_batch_items as bi').join('shipping_batches as b', 'b.id', 'bi.batch_id'),
        'bi.item_id',
        items.map((item) => item.id)
      )
        .where('b.completed', false)
        .select('bi.item_id', 'b.id as batch_id', 'b.alias')
      const openBatchOf = new Map<number, { batch_id: number; alias: string }>(
        openBatches.map((row) => [row.item_id, row])
      )

      BulkRefused.check(trackingNumbers, 'tracking_number', (trackingNumber) =>
        this.#refusalFor(byNumber.get(trackingNumber), batch.id, openBatchOf)
      )

      const added = items.filter((item) => openBatchOf.get(item.id)?.batch_id !== batch.id)
      if (added.length > 0) {
        const now = dbTimestamp(trx)
        const addedIds = added.map((item) => item.id)
        await insertPerId(trx, 'shipping_batch_items', 'item_id', addedIds, {
          batch_id: batch.id,
          created_at: now,
        })
        await whereInList(trx.from('shipping_items'), 'id', addedIds)
          .where('status', 'CREATED')
          .update({ status: 'MOVING', updated_at: now })
        await this.outbox.record(
          trx,
          new ItemAddedToBatch({
            batchAlias: batch.alias,
            trackingNumbers: added.map((item) => item.tracking_number),
            actor,
          })
        )
      }
      return wanted.map((trackingNumber) => byNumber.get(trackingNumber)!.id)
    })
  }

  #refusalFor(
    item: ItemRow | undefined,
    batchId: number,
    openBatchOf: Map<number, { batch_id: number; alias: string }>
  ): ElementRefusal | null {
    if (!item) return ELEMENT_REFUSALS.itemNotExist
    if (!BATCHABLE_STATUSES.includes(item.status)) return ELEMENT_REFUSALS.itemInvalidStatus
    const open = openBatchOf.get(item.id)
    if (open && open.batch_id !== batchId) return ELEMENT_REFUSALS.itemInOpenBatch(open.alias)
    return null
  }
}
