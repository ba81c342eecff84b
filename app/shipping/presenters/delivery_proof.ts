import { apiDateTime } from '#core/time/business_time'
import type DeliveryProof from '#shipping/models/delivery_proof'
import { proofFileUrl } from '#shipping/services/delivery_proofs'

/** A proof of delivery as the console, the driver app and the API show it. */
export async function presentProof(proof: DeliveryProof) {
  return {
    uuid: proof.uuid,
    receiver_name: proof.receiverName,
    photo_url: await proofFileUrl(proof.photoKey),
    signature_url: await proofFileUrl(proof.signatureKey),
    timestamp_created: apiDateTime(proof.createdAt),
  }
}

export type ProofView = Awaited<ReturnType<typeof presentProof>>
