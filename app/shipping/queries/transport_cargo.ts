import db from '@adonisjs/lucid/services/db'
import { inListCondition } from '#core/db/id_lists'
import { preparedRows } from '#core/db/prepared'
import { apiDateTime } from '#core/time/business_time'
import ShippingBatch from '#shipping/models/shipping_batch'
import { ITEM_STATUSES, type ItemStatus } from '#shipping/enums/item_status'

export type CargoBatch = {
  uuid: string
  alias: string
  completed: boolean
  item_count: number
  timestamp_transport_assigned: string | null
}

export type Cargo = {
  batches: CargoBatch[]
  /** Items in all its batches, and how many are in each status. */
  items: { total: number; by_status: Record<ItemStatus, number> }
}

/**
 * What a transport carries: its batches in loading order with their item
 * counts, and its items by status. Two grouped queries whatever the load.
 */
export class TransportCargo {
  async handle(transportId: number): Promise<Cargo> {
    const [batches, statuses] = await Promise.all([
      ShippingBatch.query()
        .where('transport_id', transportId)
        .orderBy('timestamp_transport_assigned', 'asc')
        .orderBy('id', 'asc'),
      db
        .from('shipping_batch_items as bi')
        .join('shipping_batches as b', 'b.id', 'bi.batch_id')
        .join('shipping_items as i', 'i.id', 'bi.item_id')
        .where('b.transport_id', transportId)
        .groupBy('bi.batch_id', 'i.status')
        .select('bi.batch_id', 'i.status')
        .count('* as total'),
    ])

    const perBatch = new Map<number, number>()
    const byStatus = Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0])) as Record<
      ItemStatus,
      number
    >
    let total = 0
    for (const row of statuses as { batch_id: number; status: ItemStatus; total: unknown }[]) {
      const count = Number(row.total)
      perBatch.set(row.batch_id, (perBatch.get(row.batch_id) ?? 0) + count)
      byStatus[row.status] += count
      total += count
    }

    return {
      batches: batches.map((batch) => ({
        uuid: batch.uuid,
        alias: batch.alias,
        completed: batch.completed,
        item_count: perBatch.get(batch.id) ?? 0,
        timestamp_transport_assigned: apiDateTime(batch.timestampTransportAssigned),
      })),
      items: { total, by_status: byStatus },
    }
  }

  /** Items carried by each transport (batch-loaded for a list of cards): id → count. */
  async itemCounts(transportIds: number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>()
    if (transportIds.length === 0) return counts
    // The driver app's list shows a page of cards: a prepared statement, as
    // the rest of that page's reads are.
    const client = db.connection()
    const list = inListCondition(client, '"b"."transport_id"', transportIds)
    const rows = await preparedRows<{ transport_id: number; total: number | string }>(
      'select "b"."transport_id", count(*) as "total" from "shipping_batch_items" as "bi" ' +
        'inner join "shipping_batches" as "b" on "b"."id" = "bi"."batch_id" ' +
        `where ${list.sql} group by "b"."transport_id"`,
      [list.binding],
      client
    )
    for (const row of rows) counts.set(row.transport_id, Number(row.total))
    return counts
  }

  /** The tracking numbers (and status) of each batch on a transport: batch uuid → items. */
  async trackingNumbers(transportId: number) {
    const rows = (await db
      .from('shipping_batch_items as bi')
      .join('shipping_batches as b', 'b.id', 'bi.batch_id')
      .join('shipping_items as i', 'i.id', 'bi.item_id')
      .where('b.transport_id', transportId)
      .orderBy('i.tracking_number', 'asc')
      .select('b.uuid as batch_uuid', 'i.tracking_number', 'i.status')) as {
      batch_uuid: string
      tracking_number: string
      status: ItemStatus
    }[]
    const byBatch = new Map<string, { tracking_number: string; status: ItemStatus }[]>()
    for (const row of rows) {
      const list = byBatch.get(row.batch_uuid) ?? []
      list.push({ tracking_number: row.tracking_number, status: row.status })
      byBatch.set(row.batch_uuid, list)
    }
    return byBatch
  }
}
