import { NotFoundError } from '#core/exceptions/domain_error'
import { preparedRows } from '#core/db/prepared'
import ShippingItem from '#shipping/models/shipping_item'
import ShippingBatch from '#shipping/models/shipping_batch'
import ShippingTransport from '#shipping/models/shipping_transport'
import { itemView as viewOf, VIEW_COLUMNS, type ItemView } from '#shipping/queries/list_items'

const ITEM_VIEW_SQL = `select ${VIEW_COLUMNS.join(', ')} from shipping_items where tracking_number = ?`

/** Items, batches and transports by their public keys; 404 when unknown. */
export class ShippingLookups {
  async item(trackingNumber: string) {
    const item = await ShippingItem.findBy('tracking_number', trackingNumber)
    if (!item) throw NotFoundError.forResource('ShippingItem')
    return item
  }

  /**
   * The item as the API's detail and the lists present it: one prepared
   * read (ADR 0017) into a plain object, no model, for a read that changes
   * nothing.
   */
  async itemView(trackingNumber: string): Promise<ItemView> {
    const [row] = await preparedRows(ITEM_VIEW_SQL, [trackingNumber])
    if (!row) throw NotFoundError.forResource('ShippingItem')
    return viewOf(row)
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
