import { randomUUID } from 'node:crypto'
import { transaction } from '#core/db/transaction'
import DistributionCenter from '#distribution/models/distribution_center'
import { saveCenter } from '#distribution/services/centers'

export type CenterFields = { center_code?: string; name?: string }

/** Creates a center; a taken code is a 400. */
export class CreateCenter {
  async handle(fields: Required<CenterFields>) {
    return transaction(async (trx) => {
      const center = new DistributionCenter().useTransaction(trx)
      center.merge({ uuid: randomUUID(), centerCode: fields.center_code, name: fields.name })
      await saveCenter(center, trx)
      return center
    })
  }
}
