import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import type DistributionCenter from '#distribution/models/distribution_center'
import { CenterReferences } from '#distribution/contracts/centers'

export type CenterRulesView = {
  /** Why the center's code cannot change now (UpdateCenter refuses it); null when it can. */
  recodeBlockedBecause: string | null
  /** Why the center cannot be deleted now (DeleteCenter refuses it); null when it can. */
  deleteBlockedBecause: string | null
}

/**
 * What may be done to a center right now, from the check the update and
 * delete actions make (whatever other modules registered as a reference to
 * its code): the console says so before anyone tries; the actions still
 * decide when they run.
 */
@inject()
export class CenterRules {
  constructor(private references: CenterReferences) {}

  async of(center: DistributionCenter): Promise<CenterRulesView> {
    const reference = await transaction((trx) =>
      this.references.referenceTo(center.centerCode, trx)
    )
    if (!reference) return { recodeBlockedBecause: null, deleteBlockedBecause: null }
    return {
      recodeBlockedBecause: `The code ${center.centerCode} is in use: ${reference}.`,
      deleteBlockedBecause: `${center.centerCode} is in use: ${reference}.`,
    }
  }
}
