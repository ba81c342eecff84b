import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { CenterReferences, type CenterReferenceCheck } from '#distribution/contracts/centers'

/** The checks other modules registered at boot, asked in registration order. */
export class CenterReferenceRegistry extends CenterReferences {
  readonly #checks: CenterReferenceCheck[] = []

  register(check: CenterReferenceCheck) {
    this.#checks.push(check)
  }

  async referenceTo(centerCode: string, trx: TransactionClientContract): Promise<string | null> {
    for (const check of this.#checks) {
      const reason = await check(centerCode, trx)
      if (reason) return reason
    }
    return null
  }
}
