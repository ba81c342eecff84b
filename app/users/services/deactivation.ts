import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { PrincipalChanges } from '#core/auth/principal_changes'
import { NotFoundError } from '#core/exceptions/domain_error'
import User from '#users/models/user'
import UserProfile from '#users/models/user_profile'
import { deleteImages } from '#users/services/profile_images'

/**
 * Loads and locks the account an unregister or ban applies to, deletes its
 * profile (the stored images go once the transaction commits). Once it
 * commits, every process drops what it keeps of the account (ADR 0020),
 * first of the after-commit hooks, before the images are deleted.
 */
export async function lockAccountForDeactivation(
  trx: TransactionClientContract,
  uuid: string,
  principals: PrincipalChanges
) {
  const user = await User.query({ client: trx }).where('uuid', uuid).forUpdate().first()
  if (!user) throw NotFoundError.forResource('User')
  principals.afterCommit(trx, { userUuid: user.uuid })

  const profile = await UserProfile.query({ client: trx }).where('user_id', user.id).first()
  if (profile) {
    const keys = [profile.imageKey, profile.thumbnailKey].filter((key): key is string => !!key)
    await profile.useTransaction(trx).delete()
    trx.after('commit', () => deleteImages(keys))
  }
  return user.useTransaction(trx)
}
