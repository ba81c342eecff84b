import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, isAdmin, isStaff } from '#core/auth/principal'

/**
 * The queues screen: any staff member may look (is the worker alive, what
 * failed); re-queueing failed jobs runs their side effects again (an SMS
 * sent twice, an event delivered twice), so it is for administrators.
 */
export default class QueuesPolicy extends BasePolicy {
  view(principal: Principal) {
    return isStaff(principal)
  }

  retry(principal: Principal) {
    return isAdmin(principal)
  }
}
