import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { FieldError, FieldErrors } from '#core/exceptions/domain_error'
import { CenterDirectory } from '#distribution/contracts/centers'

export type TransportRoute = {
  distribution_center_code_source?: string
  distribution_center_code_destination?: string
}

export const SOURCE = 'distribution_center_code_source'
export const DESTINATION = 'distribution_center_code_destination'

/**
 * A route runs between two existing, different centers. The centers are
 * share-locked until `trx` ends, so neither can be deleted under a
 * transport being planned.
 */
@inject()
export class TransportRoutes {
  constructor(private centers: CenterDirectory) {}

  async check(source: string, destination: string, trx: TransactionClientContract) {
    if (source === destination) {
      throw new FieldError(
        DESTINATION,
        'Source and destination centers must differ.',
        'same_as_source'
      )
    }
    const missing = new Set(await this.centers.missingCenters([source, destination], { trx }))
    const entries = [
      { field: SOURCE, code: source },
      { field: DESTINATION, code: destination },
    ]
      .filter(({ code }) => missing.has(code))
      .map(({ field, code }) => ({
        field,
        code: 'does_not_exist',
        message: `Distribution center "${code}" does not exist.`,
      }))
    if (entries.length > 0) throw new FieldErrors(entries)
  }
}
