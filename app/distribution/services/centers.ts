import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { saveUnique } from '#core/db/savepoint'
import type DistributionCenter from '#distribution/models/distribution_center'
import { CenterCodeTaken } from '#distribution/exceptions/center_errors'

/** Saves a center in `trx`; a code another center has is a 400 `unique`. */
export async function saveCenter(center: DistributionCenter, trx: TransactionClientContract) {
  await saveUnique(center, trx, { center_code: () => new CenterCodeTaken() })
}
