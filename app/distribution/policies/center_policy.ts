import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, hasScope, isAdmin, userOf } from '#core/auth/principal'

export default class CenterPolicy extends BasePolicy {
  /** The center list: anyone signed in (drivers pick destinations), or a partner key. */
  list(principal: Principal) {
    return userOf(principal) !== null || hasScope(principal, 'distribution:read')
  }

  /** One center with its staff: admins, or a partner key. */
  view(principal: Principal) {
    return isAdmin(principal) || hasScope(principal, 'distribution:read')
  }

  /** Creating, changing, deleting centers and their staff: admins, or a partner key. */
  manage(principal: Principal) {
    return isAdmin(principal) || hasScope(principal, 'distribution:write')
  }
}
