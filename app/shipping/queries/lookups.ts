import { NotFoundError } from '#core/exceptions/domain_error'
import ShippingItem from '#shipping/models/shipping_item'
import ShippingBatch from '#shipping/models/shipping_batch'
import ShippingTransport from '#shipping/models/shipping_transport'

/** Items, batches and transports by their public keys; 404 when unknown. */
export class ShippingLookups {
  async item(trackingNumber: string) {
    const item = await ShippingItem.findBy('tracking_number', trackingNumber)
    if (!item) throw NotFoundError.forResource('ShippingItem')
    return item
  }

  async batch(alias: string) {
    const batch = await ShippingBatch.findBy('alias', alias)
    if (!batch) throw NotFoundError.forResource('ShippingBatch')
    return batch
  }

  async transport(uuid: string) {
    const transport = await ShippingTransport.findBy('uuid', uuid)
    if (!transport) throw NotFoundError.forResource('ShippingTransport')
    return transport
  }
}
