import { type Principal, seesPersonalData } from '#core/auth/principal'
import { withoutPersonalData } from '#distribution/contracts/centers'
import type { BatchJson } from '#shipping/transformers/batch_transformer'
import type { TransportJson } from '#shipping/transformers/transport_transformer'

/**
 * Transports and batches as the caller may see them: callers who may not see
 * other people's personal data (drivers, on their own transports) get the
 * centers' staff by name only (`seesPersonalData`); everyone else the full
 * reference shape.
 */
export function transportFor(principal: Principal, transport: TransportJson): TransportJson {
  if (seesPersonalData(principal)) return transport
  const source = transport.distribution_center_source
  const destination = transport.distribution_center_destination
  return {
    ...transport,
    distribution_center_source: source && withoutPersonalData(source),
    distribution_center_destination: destination && withoutPersonalData(destination),
  }
}

export function batchFor(principal: Principal, batch: BatchJson): BatchJson {
  if (seesPersonalData(principal) || !batch.shipping_transport) return batch
  return { ...batch, shipping_transport: transportFor(principal, batch.shipping_transport) }
}
