import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { centerMembership } from '#distribution/services/center_membership'

/** The person left (deactivated or banned): they work nowhere any more. */
export class LeaveAllCenters {
  async handle(userUuid: string, trx: TransactionClientContract) {
    await centerMembership.removeEverywhere(trx, userUuid)
  }
}
