import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, hasScope, isStaff, userOf } from '#core/auth/principal'

/**
 * Staff operate everything; partner systems by scope (`shipping:write`
 * implies read); drivers see and work only the transports assigned to
 * them. Whether a driver may start or complete a given transport is the
 * action's check, under the transport's row lock (a re-assignment cannot
 * slip in between the check and the write); here it is only who may try.
 */
export default class ShippingPolicy extends BasePolicy {
  read(principal: Principal) {
    return (
      isStaff(principal) ||
      hasScope(principal, 'shipping:read') ||
      hasScope(principal, 'shipping:write')
    )
  }

  write(principal: Principal) {
    return isStaff(principal) || hasScope(principal, 'shipping:write')
  }

  viewTransport(principal: Principal, transport: { driverUuid: string | null }) {
    return this.read(principal) || this.#drives(principal, transport)
  }

  /** Start and complete: staff, a write key, or a driver (their own transport: see the actions). */
  operateTransport(principal: Principal) {
    return this.write(principal) || this.driverApp(principal)
  }

  driverApp(principal: Principal) {
    return userOf(principal)?.type === 'DRIVER'
  }

  /** The driver app's transport screens: only the driver it is assigned to (not staff). */
  driveTransport(principal: Principal, transport: { driverUuid: string | null }) {
    return this.#drives(principal, transport)
  }

  #drives(principal: Principal, transport: { driverUuid: string | null }) {
    const user = userOf(principal)
    return user?.type === 'DRIVER' && transport.driverUuid === user.uuid
  }
}
