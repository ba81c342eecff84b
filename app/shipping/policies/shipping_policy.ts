import { BasePolicy } from '@adonisjs/bouncer'
import { type Principal, hasScope, isStaff, userOf } from '#core/auth/principal'

/**
 * Staff operate everything; partner systems by scope (`shipping:write`
 * implies read); drivers see and work only the transports assigned to
 * them.
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

  /** Start and complete: staff, a write key, or the transport's own driver. */
  operateTransport(principal: Principal, transport: { driverUuid: string | null }) {
    return this.write(principal) || this.#drives(principal, transport)
  }

  driverApp(principal: Principal) {
    return userOf(principal)?.type === 'DRIVER'
  }

  #drives(principal: Principal, transport: { driverUuid: string | null }) {
    const user = userOf(principal)
    return user?.type === 'DRIVER' && transport.driverUuid === user.uuid
  }
}
