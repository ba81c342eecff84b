import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { userOf } from '#core/auth/principal'
import AccountPolicy from '#auth/policies/account_policy'
import { SECOND_FACTOR_SETTINGS_PATH } from '#auth/services/web_session'
import { SecondFactorStatusQuery } from '#auth/queries/second_factor_status'
import { presentSecondFactorPage } from '#auth/presenters/second_factor_page'
import { StartSecondFactorEnrolment } from '#auth/actions/start_second_factor_enrolment'
import { CancelSecondFactorEnrolment } from '#auth/actions/cancel_second_factor_enrolment'
import { ConfirmSecondFactorEnrolment } from '#auth/actions/confirm_second_factor_enrolment'
import { RegenerateRecoveryCodes } from '#auth/actions/regenerate_recovery_codes'
import { DisableSecondFactor } from '#auth/actions/disable_second_factor'
import {
  disableSecondFactorValidator,
  secondFactorCodeValidator,
} from '#auth/validators/second_factor_validators'

/** Flashed once after they are made: the page shows them that one time. */
const RECOVERY_CODES_FLASH = 'recoveryCodes'

/**
 * Security settings (staff): set up an authenticator app, new recovery
 * codes, turn the second factor off.
 */
@inject()
export default class TwoFactorController {
  async #user({ bouncer, principal }: HttpContext) {
    await bouncer.with(AccountPolicy).authorize('manageOwn')
    return userOf(principal)!
  }

  @inject()
  async show(ctx: HttpContext, query: SecondFactorStatusQuery) {
    const user = await this.#user(ctx)
    const codes = ctx.session.flashMessages.get(RECOVERY_CODES_FLASH) as string[] | undefined
    const props = await presentSecondFactorPage(await query.handle(user), codes ?? null)
    return ctx.inertia.render('auth/two_factor', props)
  }

  @inject()
  async start(ctx: HttpContext, action: StartSecondFactorEnrolment) {
    await action.handle(await this.#user(ctx))
    return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
  }

  @inject()
  async cancel(ctx: HttpContext, action: CancelSecondFactorEnrolment) {
    await action.handle(await this.#user(ctx))
    ctx.session.flash('success', 'Set-up cancelled. Two-factor sign-in is still off.')
    return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
  }

  @inject()
  async confirm(ctx: HttpContext, action: ConfirmSecondFactorEnrolment) {
    const user = await this.#user(ctx)
    const { code } = await ctx.request.validateUsing(secondFactorCodeValidator)
    ctx.session.flash(RECOVERY_CODES_FLASH, await action.handle(user, code))
    ctx.session.flash('success', 'Two-factor sign-in is on. Save your recovery codes now.')
    return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
  }

  @inject()
  async regenerate(ctx: HttpContext, action: RegenerateRecoveryCodes) {
    const user = await this.#user(ctx)
    const { code } = await ctx.request.validateUsing(secondFactorCodeValidator)
    ctx.session.flash(RECOVERY_CODES_FLASH, await action.handle(user, code))
    ctx.session.flash('success', 'New recovery codes made: the old ones no longer work.')
    return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
  }

  @inject()
  async disable(ctx: HttpContext, action: DisableSecondFactor) {
    const user = await this.#user(ctx)
    const { password, code } = await ctx.request.validateUsing(disableSecondFactorValidator)
    await action.handle(user, password, code)
    ctx.session.flash('success', 'Two-factor sign-in is off.')
    return ctx.response.redirect(SECOND_FACTOR_SETTINGS_PATH)
  }
}
