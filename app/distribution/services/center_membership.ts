import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { dbTimestamp } from '#core/db/timestamps'
import CenterStaffMember from '#distribution/models/center_staff_member'

/**
 * Who works where, row by row, in the caller's transaction. Adding a member
 * twice or removing a non-member changes nothing.
 */
export const centerMembership = {
  async add(trx: TransactionClientContract, centerId: number, userUuid: string) {
    await trx
      .knexQuery()
      .table(CenterStaffMember.table)
      .insert({ center_id: centerId, user_uuid: userUuid, created_at: dbTimestamp(trx) })
      .onConflict(['center_id', 'user_uuid'])
      .ignore()
  },

  async remove(trx: TransactionClientContract, centerId: number, userUuid: string) {
    await trx
      .from(CenterStaffMember.table)
      .where({ center_id: centerId, user_uuid: userUuid })
      .delete()
  },

  async removeEverywhere(trx: TransactionClientContract, userUuid: string) {
    await trx.from(CenterStaffMember.table).where('user_uuid', userUuid).delete()
  },
}
