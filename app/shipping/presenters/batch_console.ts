import { inject } from '@adonisjs/core'
import { apiDateTime } from '#core/time/business_time'
import { countsPer } from '#core/db/id_lists'
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
      countsPer(
        'shipping_batch_items',
        'batch_id',
        batches.map((batch) => batch.id)
      ),
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
}

/** Open until its transport departs, then departed; closed once completed. */
function batchState(completed: boolean, transportState: string | undefined) {
  if (completed) return 'closed' as const
  return transportState === 'on_the_road' || transportState === 'arrived'
    ? ('departed' as const)
    : ('open' as const)
}

export type BatchRow = Awaited<ReturnType<BatchConsole['rows']>>[number]
