import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import { lockedItem } from '#shipping/services/locks'
import { ItemStatusChanged } from '#shipping/events/item_status_changed'
import { InvalidStatusChange } from '#shipping/exceptions/shipping_errors'
import { canChangeStatusByHand, type ItemStatus } from '#shipping/enums/item_status'

export type ItemChanges = { sku?: string; status?: ItemStatus; note?: string | null }

/**
 * Edits an item (`PUT`/`PATCH`) or reports it (`…/report/`): the sku, and a
 * status change only along the state machine (a person can report an item
 * DAMAGED or LOST; the workflow does the rest).
 */
@inject()
export class ChangeItem {
  constructor(private outbox: Outbox) {}

  async handle(trackingNumber: string, changes: ItemChanges, actor: string | null) {
    return transaction(async (trx) => {
      const item = await lockedItem(trx, trackingNumber)
      const from = item.status
      const to = changes.status ?? from
      if (!canChangeStatusByHand(from, to)) throw new InvalidStatusChange(from, to)

      if (changes.sku !== undefined) item.sku = changes.sku
      item.status = to
      await item.useTransaction(trx).save()

      if (from !== to || changes.note) {
        await this.outbox.record(
          trx,
          new ItemStatusChanged({
            trackingNumber: item.trackingNumber,
            from,
            to,
            note: changes.note ?? null,
            actor,
          })
        )
      }
      return item
    })
  }
}
