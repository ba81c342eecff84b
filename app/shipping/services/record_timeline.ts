import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { dbTimestamp } from '#core/db/timestamps'
import { insertInChunks } from '#core/db/bulk_insert'
import type { EventEnvelope } from '#core/events/domain_event'
import type { TimelineKind } from '#shipping/enums/timeline_kind'

export type TimelineEntry = {
  kind: TimelineKind
  /** The status this line records; the item's current status when absent. */
  status?: string
  batchAlias?: string | null
  transportUuid?: string | null
  centerCode?: string | null
  note?: string | null
}

/**
 * Writes one timeline line per item for an event, in the listener's
 * transaction. `items` selects `id` and `status` of the items concerned.
 * Keyed by (event, item):
 * writing an event twice adds nothing.
 */
export async function recordTimeline(
  trx: TransactionClientContract,
  event: EventEnvelope<{ actor: string | null }>,
  items: (client: TransactionClientContract) => PromiseLike<{ id: number; status: string }[]>,
  entry: TimelineEntry
) {
  const rows = await items(trx)
  const occurredAt = dbTimestamp(trx, DateTime.fromISO(event.occurredAt))
  await insertInChunks(
    trx,
    'shipping_item_events',
    rows.map((row) => ({
      item_id: row.id,
      event_id: event.id,
      kind: entry.kind,
      status: entry.status ?? row.status,
      batch_alias: entry.batchAlias ?? null,
      transport_uuid: entry.transportUuid ?? null,
      distribution_center_code: entry.centerCode ?? null,
      actor: event.payload.actor,
      note: entry.note ?? null,
      occurred_at: occurredAt,
    })),
    { ignoreConflictsOn: ['event_id', 'item_id'] }
  )
}

/** Items selected by tracking number. */
export function itemsNumbered(trackingNumbers: string[]) {
  return (client: TransactionClientContract) =>
    client
      .from('shipping_items')
      .whereIn('tracking_number', trackingNumbers)
      .select('id', 'status')
      .orderBy('id')
}

/** Items in the given batches (by alias). */
export function itemsInBatches(aliases: string[]) {
  return (client: TransactionClientContract) =>
    client
      .from('shipping_items as i')
      .join('shipping_batch_items as bi', 'bi.item_id', 'i.id')
      .join('shipping_batches as b', 'b.id', 'bi.batch_id')
      .whereIn('b.alias', aliases)
      .select('i.id', 'i.status')
      .orderBy('i.id')
}

/** Items carried by a transport (in its batches). */
export function itemsOnTransport(transportUuid: string) {
  return (client: TransactionClientContract) =>
    client
      .from('shipping_items as i')
      .join('shipping_batch_items as bi', 'bi.item_id', 'i.id')
      .join('shipping_batches as b', 'b.id', 'bi.batch_id')
      .join('shipping_transports as t', 't.id', 'b.transport_id')
      .where('t.uuid', transportUuid)
      .select('i.id', 'i.status')
      .orderBy('i.id')
}
