import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { NotFoundError } from '#core/exceptions/domain_error'
import DistributionCenter from '#distribution/models/distribution_center'

/** The center, row-locked for the rest of the transaction; 404 if unknown. */
export async function lockedCenter(trx: TransactionClientContract, uuid: string) {
  const center = await DistributionCenter.query({ client: trx })
    .where('uuid', uuid)
    .forUpdate()
    .first()
  if (!center) throw NotFoundError.forResource('DistributionCenter')
  return center
}
