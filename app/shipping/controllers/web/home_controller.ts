import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { NotFoundError } from '#core/exceptions/domain_error'
import { userOf } from '#core/auth/principal'
import { UserDirectory } from '#users/contracts/users'

/**
 * Landing pages behind sign-in: the staff console (its dashboard) and the
 * driver app (the driver's transports). Both are shipping's screens; who is
 * signed in comes through the users contract.
 */
@inject()
export default class HomeController {
  constructor(private directory: UserDirectory) {}

  /** `/console`, the console's first address: its home is the dashboard now. */
  async console({ response }: HttpContext) {
    return response.redirect('/dashboard')
  }

  async driver({ inertia, principal }: HttpContext) {
    return inertia.render('shipping/driver_home', { profile: await this.#profile(principal) })
  }

  async #profile(principal: HttpContext['principal']) {
    const uuid = userOf(principal)!.uuid
    const profile = await this.directory.profile(uuid)
    if (!profile) throw NotFoundError.forResource('User')
    return profile
  }
}
