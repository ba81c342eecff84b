import { inject } from '@adonisjs/core'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { InvalidCredentials } from '#auth/exceptions/auth_errors'

/**
 * Username + password (staff; accounts created by an administrator). The
 * same answer for an unknown user, a wrong password and a disabled
 * account, in the same time.
 */
@inject()
export class SignInWithPassword {
  constructor(
    private directory: UserDirectory,
    private accounts: UserAccounts
  ) {}

  async handle(username: string, password: string) {
    const user = await this.directory.verifyPassword(username, password)
    if (!user) throw new InvalidCredentials()
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}
