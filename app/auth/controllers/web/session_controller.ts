import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { userOf } from '#core/auth/principal'
import {
  driverCodeRequestValidator,
  driverLoginValidator,
} from '#auth/validators/web_login_validators'
import { passwordSignInValidator } from '#auth/validators/auth_validators'
import { secondFactorCodeValidator } from '#auth/validators/second_factor_validators'
import { SignInWithPassword } from '#auth/actions/sign_in_with_password'
import { SignInWithSecondFactor } from '#auth/actions/sign_in_with_second_factor'
import { SignInWithPhoneCode } from '#auth/actions/sign_in_with_phone_code'
import { RequestPhoneCode } from '#auth/actions/request_phone_code'
import {
  HOME_PATHS,
  SECOND_FACTOR_LOGIN_PATH,
  SECOND_FACTOR_SETTINGS_PATH,
  STAFF_LOGIN_PATH,
  endSecondFactorChallenge,
  endWebSession,
  secondFactorChallenge,
  startSecondFactorChallenge,
  startWebSession,
} from '#auth/services/web_session'
import { takeIntendedUrl } from '#auth/services/intended_url'

const DRIVER_PHONE_KEY = 'driver_login_phonenumber'

/**
 * Browser sign-in pages: staff with username + password (then a code, for
 * an account with a second factor), drivers with their phone and a one-time
 * code. Every form posts with CSRF protection and ends in a redirect.
 */
@inject()
export default class SessionController {
  constructor(
    private passwordSignIn: SignInWithPassword,
    private codeSignIn: SignInWithPhoneCode,
    private requestCode: RequestPhoneCode
  ) {}

  async showStaffLogin({ inertia, principal, response }: HttpContext) {
    const user = userOf(principal)
    if (user) return response.redirect(HOME_PATHS[user.type])
    return inertia.render('auth/login', {})
  }

  async staffLogin(ctx: HttpContext) {
    const { username, password } = await ctx.request.validateUsing(passwordSignInValidator)
    const { user, next } = await this.passwordSignIn.handle(username, password, ctx.request.ip())
    if (next === 'code') {
      // Not signed in yet: the code step completes it.
      startSecondFactorChallenge(ctx, user)
      return ctx.response.redirect(SECOND_FACTOR_LOGIN_PATH)
    }
    await startWebSession(ctx, user)
    if (next === 'enrol') {
      ctx.session.flash('error', 'Set up two-factor sign-in to continue: administrators need it.')
      return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
    }
    return ctx.response.redirect(takeIntendedUrl(ctx, user) ?? HOME_PATHS[user.type])
  }

  async showSecondFactor(ctx: HttpContext) {
    const challenge = secondFactorChallenge(ctx)
    if (!challenge) return ctx.response.redirect(STAFF_LOGIN_PATH)
    return ctx.inertia.render('auth/login_two_factor', { username: challenge.username })
  }

  @inject()
  async secondFactorLogin(ctx: HttpContext, codeSignIn: SignInWithSecondFactor) {
    const challenge = secondFactorChallenge(ctx)
    if (!challenge) {
      ctx.session.flash('error', 'That took too long: enter your password again.')
      return ctx.response.redirect(STAFF_LOGIN_PATH)
    }
    const { code } = await ctx.request.validateUsing(secondFactorCodeValidator)
    const user = await codeSignIn.handle(challenge.uuid, code)
    endSecondFactorChallenge(ctx)
    await startWebSession(ctx, user)
    return ctx.response.redirect(takeIntendedUrl(ctx, user) ?? HOME_PATHS[user.type])
  }

  async showDriverLogin({ inertia, principal, response, session }: HttpContext) {
    const user = userOf(principal)
    if (user) return response.redirect(HOME_PATHS[user.type])
    return inertia.render('auth/driver_login', {
      codeSentTo: (session.get(DRIVER_PHONE_KEY) as string | undefined) ?? null,
    })
  }

  async driverCodeRequest({ request, response, session }: HttpContext) {
    const { phonenumber } = await request.validateUsing(driverCodeRequestValidator)
    await this.requestCode.handle(phonenumber, 'signin')
    session.put(DRIVER_PHONE_KEY, phonenumber)
    session.flash('success', 'We sent a 6-digit code by SMS. It expires in 3 minutes.')
    return response.redirect('/driver/login')
  }

  async driverLogin(ctx: HttpContext) {
    const { phonenumber, code } = await ctx.request.validateUsing(driverLoginValidator)
    const user = await this.codeSignIn.handle(phonenumber, code)
    ctx.session.forget(DRIVER_PHONE_KEY)
    await startWebSession(ctx, user)
    return ctx.response.redirect(takeIntendedUrl(ctx, user) ?? HOME_PATHS[user.type])
  }

  async driverRestart({ response, session }: HttpContext) {
    session.forget(DRIVER_PHONE_KEY)
    return response.redirect('/driver/login')
  }

  async logout(ctx: HttpContext) {
    await endWebSession(ctx)
    ctx.session.flash('success', 'You are signed out.')
    return ctx.response.redirect('/')
  }
}
