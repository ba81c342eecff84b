import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { UserDirectory } from '#users/contracts/users'
import { PhonenumberBanned } from '#users/contracts/account_errors'
import {
  phoneCodeValidator,
  phonenumberValidator,
  signUpValidator,
} from '#auth/validators/auth_validators'
import { RequestPhoneCode } from '#auth/actions/request_phone_code'
import { ConfirmPhoneCode } from '#auth/actions/confirm_phone_code'
import { SignInWithPhoneCode } from '#auth/actions/sign_in_with_phone_code'
import { SignUp } from '#auth/actions/sign_up'
import { NoActiveAccount } from '#auth/exceptions/auth_errors'
import { TokenPairs } from '#auth/services/token_pairs'

/**
 * Phone-number flows of `/api/v1/auth/`: check, sign-in and sign-up codes,
 * sign-up.
 */
@inject()
export default class PhoneAuthController {
  constructor(
    private directory: UserDirectory,
    private requestCode: RequestPhoneCode,
    private confirmCode: ConfirmPhoneCode,
    private signInWithCode: SignInWithPhoneCode,
    private signUpAction: SignUp,
    private tokens: TokenPairs
  ) {}

  /** 200 "go to sign-in" or 404 "go to sign-up", in the reference's plain body. */
  async check({ request, response }: HttpContext) {
    const { phonenumber } = await request.validateUsing(phonenumberValidator)
    if (await this.directory.isPhonenumberBanned(phonenumber)) throw new PhonenumberBanned()
    const exists = Boolean(await this.directory.findByPhonenumber(phonenumber))
    return response.status(exists ? 200 : 404).json({ phonenumber })
  }

  async signinCodeRequest({ request }: HttpContext) {
    const { phonenumber } = await request.validateUsing(phonenumberValidator)
    return this.requestCode.handle(phonenumber, 'signin')
  }

  async signinCodeConfirm({ request }: HttpContext) {
    const { phonenumber, token } = await request.validateUsing(phoneCodeValidator)
    const user = await this.signInWithCode.handle(phonenumber, token)
    return this.tokens.issue(user.uuid, { refusal: () => new NoActiveAccount() })
  }

  async signupCodeRequest({ request }: HttpContext) {
    const { phonenumber } = await request.validateUsing(phonenumberValidator)
    return this.requestCode.handle(phonenumber, 'signup')
  }

  async signupCodeConfirm({ request }: HttpContext) {
    const { phonenumber, token } = await request.validateUsing(phoneCodeValidator)
    const { ticket } = await this.confirmCode.handle(phonenumber, 'signup', token)
    return { phonenumber, signup_token: ticket }
  }

  async signup({ request, response }: HttpContext) {
    const input = await request.validateUsing(signUpValidator)
    return response.status(201).json(await this.signUpAction.handle(input))
  }
}
