import User from '#users/models/user'
import { NotFoundError } from '#core/exceptions/domain_error'
import type { UserType } from '#users/contracts/users'

/** A driver or staff member by uuid, with their profile; 404 when there is none of that type. */
export class FindPerson {
  async handle(type: UserType, uuid: string) {
    const person = await User.query().where({ uuid, type }).preload('profile').first()
    if (!person) throw NotFoundError.forResource('User')
    return person
  }
}
