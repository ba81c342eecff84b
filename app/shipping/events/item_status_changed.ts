import { DomainEvent } from '#core/events/domain_event'

/** Someone changed an item's status by hand (reported it DAMAGED or LOST). */
export class ItemStatusChanged extends DomainEvent<{
  trackingNumber: string
  from: string
  to: string
  note: string | null
  actor: string | null
}> {
  static eventName = 'shipping.item_status_changed'
}
