import { inject } from '@adonisjs/core'
import limiter from '@adonisjs/limiter/services/main'
import identityConfig from '#config/identity'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { InvalidCredentials, Throttled } from '#auth/exceptions/auth_errors'

/**
 * Username + password (staff; accounts created by an administrator). The
 * same answer for an unknown user, a wrong password and a disabled
 * account, in the same time. Failures are counted per account name (in
 * Redis, shared by every process), so guessing one account's password from
 * many addresses stops too; while the account is blocked even the right
 * password gets 429.
 */
@inject()
export class SignInWithPassword {
  constructor(
    private directory: UserDirectory,
    private accounts: UserAccounts
  ) {}

  async handle(username: string, password: string) {
    const { max, windowSeconds, blockSeconds } = identityConfig.passwordFailures
    const failures = limiter.use('redis', {
      requests: max,
      duration: windowSeconds,
      blockDuration: blockSeconds,
    })
    const [blocked, user] = await failures.penalize(
      `password_signin_${username.toLowerCase()}`,
      async () => {
        const verified = await this.directory.verifyPassword(username, password)
        if (!verified) throw new InvalidCredentials()
        return verified
      }
    )
    if (blocked) throw new Throttled(blocked.response.availableIn)
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}
