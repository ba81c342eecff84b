import { transaction } from '#core/db/transaction'
import { lockedCenter } from '#distribution/services/locked_center'
import { centerMembership } from '#distribution/services/center_membership'

/** Removes a staff member from a center (a non-member is a no-op). */
export class RemoveCenterStaff {
  async handle(centerUuid: string, userUuid: string) {
    return transaction(async (trx) => {
      const center = await lockedCenter(trx, centerUuid)
      await centerMembership.remove(trx, center.id, userUuid)
      return center
    })
  }
}
