import type { CenterReferenceCheck } from '#distribution/contracts/centers'

/**
 * Why a center code may not go away, as far as shipping knows: an open
 * transport runs from or to it, or items are at it.
 */
export const shippingReferenceTo: CenterReferenceCheck = async (centerCode, trx) => {
  const transport = await trx
    .from('shipping_transports')
    .where('completed', false)
    .where((query) =>
      query
        .where('distribution_center_code_source', centerCode)
        .orWhere('distribution_center_code_destination', centerCode)
    )
    .select('uuid')
    .first()
  if (transport) return `open transport ${transport.uuid} runs from or to it`
  const item = await trx
    .from('shipping_items')
    .where('current_distribution_center_code', centerCode)
    .select('tracking_number')
    .first()
  if (item) return `item ${item.tracking_number} is there`
  return null
}
