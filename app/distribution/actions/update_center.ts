import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { lockedCenter } from '#distribution/services/locked_center'
import { saveCenter } from '#distribution/services/centers'
import { CenterInUse } from '#distribution/exceptions/center_errors'
import { CenterReferences } from '#distribution/contracts/centers'
import type { CenterFields } from '#distribution/actions/create_center'

/**
 * Changes a center (`PUT`/`PATCH`). A center code that other modules still
 * refer to cannot change (409); a taken code is a 400.
 */
@inject()
export class UpdateCenter {
  constructor(private references: CenterReferences) {}

  async handle(uuid: string, fields: CenterFields) {
    return transaction(async (trx) => {
      const center = await lockedCenter(trx, uuid)
      const newCode = fields.center_code
      if (newCode !== undefined && newCode !== center.centerCode) {
        const reference = await this.references.referenceTo(center.centerCode, trx)
        if (reference) throw new CenterInUse(center.centerCode, reference)
        center.centerCode = newCode
      }
      if (fields.name !== undefined) center.name = fields.name
      await saveCenter(center, trx)
      return center
    })
  }
}
