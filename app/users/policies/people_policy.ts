import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, isAdmin } from '#core/auth/principal'

export default class PeoplePolicy extends BasePolicy {
  /** The console's drivers and staff screens, and every change there: administrators. */
  manage(principal: Principal) {
    return isAdmin(principal)
  }
}
