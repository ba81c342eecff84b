import { inject } from '@adonisjs/core'
import { canSignIn } from '#core/auth/principal'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { CodeSignInNotAvailable, NoActiveAccount } from '#auth/exceptions/auth_errors'
import { ConfirmPhoneCode } from '#auth/actions/confirm_phone_code'
import { canSignInWithCode } from '#auth/services/phone_codes'

/**
 * A correct sign-in code for the number of an active driver's account signs
 * that account in. A staff number is refused before any code is looked at
 * (none is sent to it either), so an old open code cannot be spent.
 */
@inject()
export class SignInWithPhoneCode {
  constructor(
    private confirm: ConfirmPhoneCode,
    private directory: UserDirectory,
    private accounts: UserAccounts
  ) {}

  async handle(phonenumber: string, code: string) {
    const holder = await this.directory.findByPhonenumber(phonenumber)
    if (holder && !canSignInWithCode(holder)) throw new CodeSignInNotAvailable()
    await this.confirm.handle(phonenumber, 'signin', code)
    const user = await this.directory.findByPhonenumber(phonenumber)
    if (!canSignIn(user) || !canSignInWithCode(user)) throw new NoActiveAccount()
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}
