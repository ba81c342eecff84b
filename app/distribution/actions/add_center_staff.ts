import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { lockedCenter } from '#distribution/services/locked_center'
import { centerMembership } from '#distribution/services/center_membership'
import { NotAStaffUser } from '#distribution/exceptions/center_errors'
import { UserDirectory } from '#users/contracts/users'

/**
 * Adds a staff member to a center: only active STAFF users can join (twice
 * is a no-op). The user is checked in the transaction and held there, so a
 * deactivation at the same moment either comes first and is refused here,
 * or waits and then removes the new membership (its listener).
 */
@inject()
export class AddCenterStaff {
  constructor(private users: UserDirectory) {}

  async handle(centerUuid: string, userUuid: string) {
    return transaction(async (trx) => {
      const center = await lockedCenter(trx, centerUuid)
      if (!(await this.users.holdActive(userUuid, trx, 'STAFF'))) throw new NotAStaffUser()
      await centerMembership.add(trx, center.id, userUuid)
      return center
    })
  }
}
