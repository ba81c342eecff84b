import { inject } from '@adonisjs/core'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import User from '#users/models/user'
import { CreateUser } from '#users/actions/create_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { UserAccounts, type NewAccount } from '#users/contracts/users'

/**
 * The `UserAccounts` contract, over this module's actions.
 */
@inject()
export class UserAccountsService extends UserAccounts {
  constructor(
    private createUser: CreateUser,
    private unregisterUser: UnregisterUser
  ) {
    super()
  }

  register(account: NewAccount, options?: { trx?: TransactionClientContract }) {
    return this.createUser.handle(account, options)
  }

  unregister(uuid: string) {
    return this.unregisterUser.handle(uuid)
  }

  async recordLogin(uuid: string) {
    const user = await User.findBy('uuid', uuid)
    if (!user) return
    user.lastLoginAt = DateTime.now()
    await user.save()
  }
}
