import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, userOf } from '#core/auth/principal'

export default class AccountPolicy extends BasePolicy {
  /** Signing out and closing an account are for the person signed in, not an API key. */
  manageOwn(principal: Principal) {
    return userOf(principal) !== null
  }
}
