import { UserBanned } from '#users/events/user_banned'
import LeaveCentersOnUserDeactivated from '#distribution/listeners/leave_centers_on_user_deactivated'

/**
 * A banned account works at no center either (same work, same payload).
 */
export default class LeaveCentersOnUserBanned extends LeaveCentersOnUserDeactivated {
  static event = UserBanned
}
