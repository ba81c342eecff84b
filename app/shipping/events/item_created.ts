import { DomainEvent } from '#core/events/domain_event'

/** A new item was registered (status CREATED). */
export class ItemCreated extends DomainEvent<{ trackingNumber: string; actor: string | null }> {
  static eventName = 'shipping.item_created'
}
