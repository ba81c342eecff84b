import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { apiDateTime } from '#core/time/business_time'
import { inListCondition } from '#core/db/id_lists'
import { preparedRows } from '#core/db/prepared'
import type { BatchView } from '#shipping/queries/list_batches'
import { transportViewsByIds } from '#shipping/queries/list_transports'
import type { ItemView } from '#shipping/queries/list_items'
import { TransportConsole } from '#shipping/presenters/transport_console'

/**
 * Batches as the console shows them: open or closed, how many items, and
 * the transport they are on (its route by center name and its state), in a
 * few statements for a whole page of rows.
 */
@inject()
export class BatchConsole {
  constructor(private transports: TransportConsole) {}

  async rows(batches: BatchView[]) {
    const [counts, transports] = await Promise.all([
      this.#itemCounts(batches.map((batch) => batch.id)),
      transportViewsByIds(batches.flatMap((batch) => batch.transportId ?? [])),
    ])
    const rendered = await this.transports.rows(transports)
    const byId = new Map(transports.map((transport, index) => [transport.id, rendered[index]]))
    return batches.map((batch) => {
      const transport = batch.transportId ? byId.get(batch.transportId) : undefined
      return {
        uuid: batch.uuid,
        alias: batch.alias,
        completed: batch.completed,
        state: batchState(batch.completed, transport?.state),
        item_count: counts.get(batch.id) ?? 0,
        transport: transport
          ? {
              uuid: transport.uuid,
              state: transport.state,
              source: transport.source,
              destination: transport.destination,
            }
          : null,
        timestamp_created: apiDateTime(batch.timestampCreated),
        timestamp_completed: apiDateTime(batch.timestampCompleted),
      }
    })
  }

  async row(batch: BatchView) {
    const [row] = await this.rows([batch])
    return row
  }

  /** A batch's items as its page lists them. */
  items(items: ItemView[]) {
    return items.map((item) => ({
      uuid: item.uuid,
      tracking_number: item.trackingNumber,
      sku: item.sku,
      status: item.status,
      current_distribution_center_code: item.currentDistributionCenterCode,
    }))
  }

  async #itemCounts(batchIds: number[]) {
    if (batchIds.length === 0) return new Map<number, number>()
    const client = db.connection()
    const list = inListCondition(client, '"batch_id"', batchIds)
    const rows = await preparedRows<{ batch_id: number; total: number | string }>(
      'select "batch_id", count(*) as "total" from "shipping_batch_items" ' +
        `where ${list.sql} group by "batch_id"`,
      [list.binding],
      client
    )
    return new Map(rows.map((row) => [Number(row.batch_id), Number(row.total)]))
  }
}

/** Open until its transport departs, then departed; closed once completed. */
function batchState(completed: boolean, transportState: string | undefined) {
  if (completed) return 'closed' as const
  return transportState === 'on_the_road' || transportState === 'arrived'
    ? ('departed' as const)
    : ('open' as const)
}

export type BatchRow = Awaited<ReturnType<BatchConsole['rows']>>[number]
