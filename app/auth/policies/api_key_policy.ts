import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, isAdmin } from '#core/auth/principal'

export default class ApiKeyPolicy extends BasePolicy {
  /** Listing, issuing and revoking partner keys: administrators. */
  manage(principal: Principal) {
    return isAdmin(principal)
  }
}
