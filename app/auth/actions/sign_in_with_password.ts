import { inject } from '@adonisjs/core'
import identityConfig from '#config/identity'
import type { AuthenticatedUser } from '#core/auth/principal'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { InvalidCredentials } from '#auth/exceptions/auth_errors'
import { AttemptCounter } from '#auth/services/attempt_limits'
import { SecondFactorStore } from '#auth/services/second_factor_store'
import { secondFactorRequiredFor } from '#auth/services/second_factor_codes'

/**
 * What the password step leads to: `done` (signed in), `code` (the account
 * has a second factor: `SignInWithSecondFactor` completes the sign-in) or
 * `enrol` (an administrator who must set one up first, `STAFF_MFA=required`).
 */
export type PasswordSignIn = { user: AuthenticatedUser; next: 'done' | 'code' | 'enrol' }

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
    private accounts: UserAccounts,
    private secondFactors: SecondFactorStore
  ) {}

  async handle(username: string, password: string, address: string): Promise<PasswordSignIn> {
    const { perAddress, perAccount, windowSeconds, blockSeconds } = identityConfig.passwordFailures
    const account = `password_signin_${username.toLowerCase()}`
    const counters = [
      new AttemptCounter(`${account}_${address}`, {
        requests: perAddress,
        windowSeconds,
        blockSeconds,
      }),
      new AttemptCounter(account, { requests: perAccount, windowSeconds, blockSeconds }),
    ]
    for (const counter of counters) await counter.consume()

    const user = await this.directory.verifyPassword(username, password)
    if (!user) throw new InvalidCredentials()
    await Promise.all(counters.map((counter) => counter.clear()))

    if (user.type === 'STAFF' && (await this.secondFactors.isEnabled(user.uuid))) {
      return { user, next: 'code' }
    }
    await this.accounts.recordLogin(user.uuid)
    return { user, next: secondFactorRequiredFor(user) ? 'enrol' : 'done' }
  }
}
