import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { NotFoundError } from '#core/exceptions/domain_error'
import { userOf } from '#core/auth/principal'
import ProfilePolicy from '#users/policies/profile_policy'
import { updateProfileValidator } from '#users/validators/profile_validator'
import { UpdateProfile } from '#users/actions/update_profile'
import { UserDirectory } from '#users/contracts/users'

@inject()
export default class ProfileController {
  constructor(private directory: UserDirectory) {}

  async show({ bouncer, principal }: HttpContext) {
    await bouncer.with(ProfilePolicy).authorize('manageOwn')
    return this.#profileOf(userOf(principal)!.uuid)
  }

  async update({ bouncer, principal, request }: HttpContext) {
    await bouncer.with(ProfilePolicy).authorize('manageOwn')
    const changes = await request.validateUsing(updateProfileValidator)
    const uuid = userOf(principal)!.uuid
    await new UpdateProfile().handle(uuid, changes)
    return this.#profileOf(uuid)
  }

  async lookup({ bouncer, params }: HttpContext) {
    await bouncer.with(ProfilePolicy).authorize('view')
    return this.#profileOf(params.uuid)
  }

  async #profileOf(uuid: string) {
    const profile = await this.directory.profile(uuid)
    if (!profile) throw NotFoundError.forResource('User')
    return profile
  }
}
