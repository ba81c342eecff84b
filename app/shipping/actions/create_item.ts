import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { Outbox } from '#core/events/outbox'
import ShippingItem from '#shipping/models/shipping_item'
import { ItemCreated } from '#shipping/events/item_created'
import { newItemUuid, newTrackingNumber, withFreshCode } from '#shipping/services/codes'

/**
 * Registers an item: a fresh tracking number, status CREATED, at no center
 * yet.
 */
@inject()
export class CreateItem {
  constructor(private outbox: Outbox) {}

  async handle(input: { sku?: string; actor: string | null }) {
    return withFreshCode('tracking_number', () =>
      transaction(async (trx) => {
        const item = await ShippingItem.create(
          {
            uuid: newItemUuid(),
            trackingNumber: newTrackingNumber(),
            sku: input.sku ?? '',
            status: 'CREATED',
            currentDistributionCenterCode: null,
            timestampCreated: DateTime.now(),
            timestampCompleted: null,
          },
          { client: trx }
        )
        await this.outbox.record(
          trx,
          new ItemCreated({ trackingNumber: item.trackingNumber, actor: input.actor })
        )
        return item
      })
    )
  }
}
