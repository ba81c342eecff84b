import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { saveUnique } from '#core/db/savepoint'
import DistributionCenter from '#distribution/models/distribution_center'
import { lockedCenter } from '#distribution/services/locked_center'
import { CenterCodeTaken, CenterInUse } from '#distribution/exceptions/center_errors'
import { CenterReferences } from '#distribution/contracts/centers'

export type CenterFields = { center_code?: string; name?: string }

/**
 * Creates a center, or changes one (`PUT`/`PATCH`). A center code that other
 * modules still refer to cannot change (409); a taken code is a 400.
 */
@inject()
export class SaveCenter {
  constructor(private references: CenterReferences) {}

  async create(fields: Required<CenterFields>) {
    return db.transaction(async (trx) => {
      const center = new DistributionCenter().useTransaction(trx)
      center.merge({ uuid: randomUUID(), centerCode: fields.center_code, name: fields.name })
      await this.#save(center, trx)
      return center
    })
  }

  async update(uuid: string, fields: CenterFields) {
    return db.transaction(async (trx) => {
      const center = await lockedCenter(trx, uuid)
      const newCode = fields.center_code
      if (newCode !== undefined && newCode !== center.centerCode) {
        const reference = await this.references.referenceTo(center.centerCode, trx)
        if (reference) throw new CenterInUse(center.centerCode, reference)
        center.centerCode = newCode
      }
      if (fields.name !== undefined) center.name = fields.name
      await this.#save(center, trx)
      return center
    })
  }

  async #save(center: DistributionCenter, trx: TransactionClientContract) {
    await saveUnique(center, trx, { center_code: () => new CenterCodeTaken() })
  }
}
