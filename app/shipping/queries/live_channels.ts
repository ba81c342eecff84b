import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { HttpContext } from '@adonisjs/core/http'
import ShippingTransport from '#shipping/models/shipping_transport'
import { isDriver, isStaff, userOf } from '#core/auth/principal'

/** `transports/<uuid>`: staff, and the driver the transport is assigned to. */
export async function mayFollowTransport(ctx: HttpContext, { uuid }: Record<string, string>) {
  if (isStaff(ctx.principal)) return true
  if (!isDriver(ctx.principal)) return false
  const transport = await ShippingTransport.query()
    .where('uuid', uuid)
    .select('driver_uuid')
    .first()
  return transport?.driverUuid === userOf(ctx.principal)!.uuid
}

/** The channels that hear about a change to a transport: its own, its drivers', and staff screens. */
export function transportChannels(transportUuid: string, ...driverUuids: (string | null)[]) {
  return [
    `transports/${transportUuid}`,
    'staff',
    ...driverUuids.filter((uuid): uuid is string => Boolean(uuid)).map((uuid) => `drivers/${uuid}`),
  ]
}

/** The driver a transport is assigned to, read in the listener's transaction. */
export async function driverOf(trx: TransactionClientContract, transportUuid: string) {
  const transport = await ShippingTransport.query({ client: trx })
    .where('uuid', transportUuid)
    .select('driver_uuid')
    .first()
  return transport?.driverUuid ?? null
}
