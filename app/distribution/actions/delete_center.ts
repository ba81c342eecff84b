import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { lockedCenter } from '#distribution/services/locked_center'
import { CenterInUse } from '#distribution/exceptions/center_errors'
import { CenterReferences } from '#distribution/contracts/centers'

/**
 * Deletes a center nobody refers to any more: an open transport or an item
 * still at the center makes it a 409 (shipping registers that check).
 */
@inject()
export class DeleteCenter {
  constructor(private references: CenterReferences) {}

  async handle(uuid: string) {
    await transaction(async (trx) => {
      const center = await lockedCenter(trx, uuid)
      const reference = await this.references.referenceTo(center.centerCode, trx)
      if (reference) throw new CenterInUse(center.centerCode, reference)
      await center.useTransaction(trx).delete()
    })
  }
}
