import db from '@adonisjs/lucid/services/db'
import ShippingBatch from '#shipping/models/shipping_batch'

export type LoadableBatch = { alias: string; item_count: number }

/**
 * Batches a transport could load (AddBatchesToTransport takes open batches
 * on no transport): those whose alias contains `term`, in any case, newest
 * first, at most `limit`, with their item counts.
 */
export class LoadableBatches {
  async handle(term: string, limit: number): Promise<LoadableBatch[]> {
    const query = ShippingBatch.query()
      .where('completed', false)
      .whereNull('transport_id')
      .orderBy('timestamp_created', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
    const wanted = term.trim().toLowerCase()
    // The term's LIKE wildcards are taken literally.
    if (wanted) {
      query.whereRaw(`lower(alias) like ? escape '\\'`, [`%${wanted.replace(/[\\%_]/g, '\\$&')}%`])
    }
    const batches = await query
    if (batches.length === 0) return []
    const counts = await db
      .from('shipping_batch_items')
      .whereIn(
        'batch_id',
        batches.map((batch) => batch.id)
      )
      .groupBy('batch_id')
      .select('batch_id')
      .count('* as total')
    const byBatch = new Map(counts.map((row) => [row.batch_id, Number(row.total)]))
    return batches.map((batch) => ({ alias: batch.alias, item_count: byBatch.get(batch.id) ?? 0 }))
  }
}
