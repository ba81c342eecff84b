import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { NotFoundError } from '#core/exceptions/domain_error'
import { userOf } from '#core/auth/principal'
import { UserDirectory } from '#users/contracts/users'

/**
 * Landing pages behind sign-in: the staff console and the driver app. The
 * logistics issues fill them in; for now they show who is signed in.
 */
@inject()
export default class HomeController {
  constructor(private directory: UserDirectory) {}

  async console({ inertia, principal }: HttpContext) {
    return inertia.render('users/console_home', { profile: await this.#profile(principal) })
  }

  async driver({ inertia, principal }: HttpContext) {
    return inertia.render('users/driver_home', { profile: await this.#profile(principal) })
  }

  async #profile(principal: HttpContext['principal']) {
    const uuid = userOf(principal)!.uuid
    const profile = await this.directory.profile(uuid)
    if (!profile) throw NotFoundError.forResource('User')
    return profile
  }
}
