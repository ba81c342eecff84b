import { ShippingDeliveryProofSchema } from '#database/schema'

/** What the driver gave on arrival: the receiver's name and the keys of the stored files. */
export default class DeliveryProof extends ShippingDeliveryProofSchema {
  static table = 'shipping_delivery_proofs'
}
