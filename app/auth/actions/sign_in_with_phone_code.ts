import { inject } from '@adonisjs/core'
import { canSignIn } from '#core/auth/principal'
import { UserAccounts, UserDirectory } from '#users/contracts/users'
import { NoActiveAccount } from '#auth/exceptions/auth_errors'
import { ConfirmPhoneCode } from '#auth/actions/confirm_phone_code'

/**
 * A correct sign-in code for the number of an active account signs that
 * account in.
 */
@inject()
export class SignInWithPhoneCode {
  constructor(
    private confirm: ConfirmPhoneCode,
    private directory: UserDirectory,
    private accounts: UserAccounts
  ) {}

  async handle(phonenumber: string, code: string) {
    await this.confirm.handle(phonenumber, 'signin', code)
    const user = await this.directory.findByPhonenumber(phonenumber)
    if (!canSignIn(user)) throw new NoActiveAccount()
    await this.accounts.recordLogin(user.uuid)
    return user
  }
}
