import { inject } from '@adonisjs/core'
import type { TransportView } from '#shipping/queries/list_transports'
import { TransportConsole } from '#shipping/presenters/transport_console'
import { TransportCargo } from '#shipping/queries/transport_cargo'

/**
 * Transports as the driver app shows them: the console's row (route by
 * center names, state, times) without the driver (it is the reader), with
 * how many items it carries; the detail adds each batch's tracking numbers.
 */
@inject()
export class DriverAppViews {
  constructor(
    private console: TransportConsole,
    private cargo: TransportCargo
  ) {}

  async cards(transports: TransportView[]) {
    const [rows, itemCounts] = await Promise.all([
      this.console.rows(transports),
      this.cargo.itemCounts(transports.map((transport) => transport.id)),
    ])
    return rows.map(({ driver: _driver, ...row }, index) => ({
      ...row,
      item_count: itemCounts.get(transports[index].id) ?? 0,
    }))
  }

  async detail(transport: TransportView) {
    const [[card], cargo, trackingNumbers] = await Promise.all([
      this.cards([transport]),
      this.cargo.handle(transport.id),
      this.cargo.trackingNumbers(transport.id),
    ])
    return {
      transport: card,
      batches: cargo.batches.map((batch) => ({
        ...batch,
        items: trackingNumbers.get(batch.uuid) ?? [],
      })),
    }
  }
}

export type DriverCard = Awaited<ReturnType<DriverAppViews['cards']>>[number]
