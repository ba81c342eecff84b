import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { canSignIn } from '#core/auth/principal'
import { dbTimestamp } from '#core/db/timestamps'
import CenterStaffMember from '#distribution/models/center_staff_member'
import { lockedCenter } from '#distribution/services/locked_center'
import { NotAStaffUser } from '#distribution/exceptions/center_errors'
import { UserDirectory } from '#users/contracts/users'

/**
 * Center membership: who works where. Only active STAFF users can join;
 * adding a member twice or removing a non-member is a no-op.
 */
@inject()
export class ManageCenterStaff {
  constructor(private users: UserDirectory) {}

  async add(centerUuid: string, userUuid: string) {
    const user = await this.users.findByUuid(userUuid)
    if (!canSignIn(user) || user.type !== 'STAFF') throw new NotAStaffUser()

    return db.transaction(async (trx) => {
      const center = await lockedCenter(trx, centerUuid)
      await trx
        .knexQuery()
        .table(CenterStaffMember.table)
        .insert({ center_id: center.id, user_uuid: user.uuid, created_at: dbTimestamp(trx) })
        .onConflict(['center_id', 'user_uuid'])
        .ignore()
      return center
    })
  }

  async remove(centerUuid: string, userUuid: string) {
    return db.transaction(async (trx) => {
      const center = await lockedCenter(trx, centerUuid)
      await trx
        .from(CenterStaffMember.table)
        .where({ center_id: center.id, user_uuid: userUuid })
        .delete()
      return center
    })
  }

  /** The person left (deactivated or banned): they work nowhere any more. */
  async removeEverywhere(userUuid: string, trx: TransactionClientContract) {
    await trx.from(CenterStaffMember.table).where('user_uuid', userUuid).delete()
  }
}
