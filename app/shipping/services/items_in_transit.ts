import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * Whether the item travels on a transport that has departed and not yet
 * arrived: such an item cannot be deleted. The delete action asks inside its
 * transaction (after locking the item); the console asks to say so before
 * anyone tries.
 */
export async function isInTransit(client: QueryClientContract, itemId: number) {
  const travelling = await client
    .from('shipping_batch_items as bi')
    .join('shipping_batches as b', 'b.id', 'bi.batch_id')
    .join('shipping_transports as t', 't.id', 'b.transport_id')
    .where('bi.item_id', itemId)
    .where('t.completed', false)
    .whereNotNull('t.timestamp_departed')
    .select('bi.item_id')
    .first()
  return Boolean(travelling)
}
