import db from '@adonisjs/lucid/services/db'
import { CODE_PATTERN } from '#core/validation/code'

/** What a reference someone typed or scanned names: an item, a batch or a transport, by its public key. */
export type ShippingReference =
  | { kind: 'item'; trackingNumber: string }
  | { kind: 'batch'; alias: string }
  | { kind: 'transport'; uuid: string }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The console's global search: the one record a reference names, exactly
 * (each lookup a unique-index probe). A uuid is tried as a transport's, then
 * an item's and a batch's; anything else in the code format as a tracking
 * number, then as a batch alias. Null when nothing matches.
 */
export class FindByReference {
  async handle(reference: string): Promise<ShippingReference | null> {
    const value = reference.trim()
    if (UUID.test(value)) return this.#byUuid(value.toLowerCase())
    if (!CODE_PATTERN.test(value)) return null

    const item = await db
      .from('shipping_items')
      .where('tracking_number', value)
      .select('tracking_number')
      .first()
    if (item) return { kind: 'item', trackingNumber: item.tracking_number }
    const batch = await db.from('shipping_batches').where('alias', value).select('alias').first()
    if (batch) return { kind: 'batch', alias: batch.alias }
    return null
  }

  async #byUuid(uuid: string): Promise<ShippingReference | null> {
    const transport = await db
      .from('shipping_transports')
      .where('uuid', uuid)
      .select('uuid')
      .first()
    if (transport) return { kind: 'transport', uuid: transport.uuid }
    const item = await db
      .from('shipping_items')
      .where('uuid', uuid)
      .select('tracking_number')
      .first()
    if (item) return { kind: 'item', trackingNumber: item.tracking_number }
    const batch = await db.from('shipping_batches').where('uuid', uuid).select('alias').first()
    if (batch) return { kind: 'batch', alias: batch.alias }
    return null
  }
}
