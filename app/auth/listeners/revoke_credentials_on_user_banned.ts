import { UserBanned } from '#users/events/user_banned'
import RevokeCredentialsOnUserDeactivated from '#auth/listeners/revoke_credentials_on_user_deactivated'

/**
 * A banned account keeps no credentials either (same work, same payload).
 */
export default class RevokeCredentialsOnUserBanned extends RevokeCredentialsOnUserDeactivated {
  static event = UserBanned
}
