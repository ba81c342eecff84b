import { DomainEvent } from '#core/events/domain_event'

export class UserSignedUp extends DomainEvent<{ userUuid: string; type: string }> {
  static eventName = 'users.user_signed_up'
}
