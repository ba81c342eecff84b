import { PermissionDenied } from '#core/exceptions/domain_error'
import { actorOf, isDriver, userOf, type Principal } from '#core/auth/principal'

/** Who starts or completes a transport. */
export type TransportActor = {
  actor: string | null
  /** Set when a driver acts: the transport must be theirs. */
  driverUuid?: string
}

/** Staff and keys act for the company; a driver acts only on their own transport. */
export function actingAs(principal: Principal): TransportActor {
  const driverUuid = isDriver(principal) ? userOf(principal)!.uuid : undefined
  return { actor: actorOf(principal), driverUuid }
}

/**
 * The driver-ownership rule, in one place: a driver works only the
 * transport assigned to them. Called on the row-locked transport, so a
 * re-assignment cannot slip in between this check and the write.
 */
export function refuseOtherDrivers(transport: { driverUuid: string | null }, by: TransportActor) {
  if (by.driverUuid && transport.driverUuid !== by.driverUuid) throw new PermissionDenied()
}
