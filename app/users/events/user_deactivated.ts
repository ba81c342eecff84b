import { DomainEvent } from '#core/events/domain_event'

/**
 * The account was unregistered: it can no longer sign in, its number is free.
 */
export class UserDeactivated extends DomainEvent<{ userUuid: string }> {
  static eventName = 'users.user_deactivated'
}
