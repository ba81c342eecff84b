import { inject } from '@adonisjs/core'
import { canSignIn } from '#core/auth/principal'
import { transaction } from '#core/db/transaction'
import { lockedCenter } from '#distribution/services/locked_center'
import { centerMembership } from '#distribution/services/center_membership'
import { NotAStaffUser } from '#distribution/exceptions/center_errors'
import { UserDirectory } from '#users/contracts/users'

/** Adds a staff member to a center: only active STAFF users can join (twice is a no-op). */
@inject()
export class AddCenterStaff {
  constructor(private users: UserDirectory) {}

  async handle(centerUuid: string, userUuid: string) {
    const user = await this.users.findByUuid(userUuid)
    if (!canSignIn(user) || user.type !== 'STAFF') throw new NotAStaffUser()

    return transaction(async (trx) => {
      const center = await lockedCenter(trx, centerUuid)
      await centerMembership.add(trx, center.id, user.uuid)
      return center
    })
  }
}
