import DeliveryProof from '#shipping/models/delivery_proof'
import ShippingTransport from '#shipping/models/shipping_transport'

/** Proofs of delivery: one transport's, and which of some transports have one. */
export class DeliveryProofs {
  async forTransport(transportId: number) {
    return DeliveryProof.findBy('transport_id', transportId)
  }

  /** The uuids among `transportUuids` whose transport has a proof (the timeline's arrivals). */
  async transportsWithProof(transportUuids: string[]): Promise<Set<string>> {
    if (transportUuids.length === 0) return new Set()
    const rows = await ShippingTransport.query()
      .whereIn('uuid', [...new Set(transportUuids)])
      .whereIn('id', DeliveryProof.query().select('transport_id'))
      .select('uuid')
    return new Set(rows.map((row) => row.uuid))
  }
}
