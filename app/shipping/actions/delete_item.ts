import { transaction } from '#core/db/transaction'
import { lockedItem } from '#shipping/services/locks'
import { isInTransit } from '#shipping/services/items_in_transit'
import { ItemInTransit } from '#shipping/exceptions/shipping_errors'

/**
 * Deletes an item, its batch memberships and its timeline; refused (409)
 * while it travels on a departed, unfinished transport.
 */
export class DeleteItem {
  async handle(trackingNumber: string) {
    await transaction(async (trx) => {
      const item = await lockedItem(trx, trackingNumber)
      if (await isInTransit(trx, item.id)) throw new ItemInTransit()
      await item.useTransaction(trx).delete()
    })
  }
}
