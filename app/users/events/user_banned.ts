import { DomainEvent } from '#core/events/domain_event'

/**
 * The account was banned: it can no longer sign in and its number can never
 * register again.
 */
export class UserBanned extends DomainEvent<{ userUuid: string }> {
  static eventName = 'users.user_banned'
}
