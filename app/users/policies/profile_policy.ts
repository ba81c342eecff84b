import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, isStaffOrScoped, userOf } from '#core/auth/principal'

export default class ProfilePolicy extends BasePolicy {
  /** A signed-in person reads and edits their own profile; API keys have none. */
  manageOwn(principal: Principal) {
    return userOf(principal) !== null
  }

  /** Looking another user up by uuid: staff, or a partner key with `users:read`. */
  view(principal: Principal) {
    return isStaffOrScoped(principal, 'users:read')
  }
}
