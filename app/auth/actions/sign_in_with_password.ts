import { inject } from '@adonisjs/core'
import limiter from '@adonisjs/limiter/services/main'
import { errors } from '@adonisjs/limiter'
import identityConfig from '#config/identity'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { InvalidCredentials, Throttled } from '#auth/exceptions/auth_errors'

/**
 * Username + password (staff; accounts created by an administrator). The
 * same answer for an unknown user, a wrong password and a disabled
 * account, in the same time. Attempts are counted per account and address
 * and per account (in Redis, shared by every process) before the password
 * is checked, so parallel guesses are counted too; past either limit even
 * the right password gets 429 (#config/identity `passwordFailures`).
 */
@inject()
export class SignInWithPassword {
  constructor(
    private directory: UserDirectory,
    private accounts: UserAccounts
  ) {}

  async handle(username: string, password: string, address: string) {
    const { perAddress, perAccount, windowSeconds, blockSeconds } = identityConfig.passwordFailures
    const account = `password_signin_${username.toLowerCase()}`
    const limits = [
      { limit: attempts(perAddress, windowSeconds, blockSeconds), key: `${account}_${address}` },
      { limit: attempts(perAccount, windowSeconds, blockSeconds), key: account },
    ]
    for (const { limit, key } of limits) {
      try {
        await limit.consume(key)
      } catch (error) {
        if (error instanceof errors.E_TOO_MANY_REQUESTS) {
          throw new Throttled(error.response.availableIn)
        }
        throw error
      }
    }

    const user = await this.directory.verifyPassword(username, password)
    if (!user) throw new InvalidCredentials()
    await Promise.all(limits.map(({ limit, key }) => limit.delete(key)))
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}

function attempts(requests: number, duration: number, blockDuration: number) {
  return limiter.use('redis', { requests, duration, blockDuration })
}
