import { inject } from '@adonisjs/core'
import type { TransportView } from '#shipping/queries/list_transports'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { transportStateOf } from '#shipping/enums/transport_state'
import type { Cargo } from '#shipping/queries/transport_cargo'
import type { CenterView } from '#distribution/contracts/centers'
import type { UserProfile } from '#users/contracts/users'

/**
 * Transports as the console shows them: the API's view (ShippingViews),
 * with its state, the centers by code and name and the driver by name and
 * phone (no center staff lists in a table row).
 */
@inject()
export class TransportConsole {
  constructor(private views: ShippingViews) {}

  async rows(transports: TransportView[]) {
    const views = await this.views.transports(transports)
    return transports.map((transport, index) => {
      const view = views[index]
      return {
        uuid: view.uuid,
        state: transportStateOf(transport),
        batch_count: view.batch_count,
        source: centerName(view.distribution_center_source, transport.distributionCenterCodeSource),
        destination: centerName(
          view.distribution_center_destination,
          transport.distributionCenterCodeDestination
        ),
        driver: view.driver && driverName(view.driver),
        timestamp_created: view.timestamp_created,
        timestamp_departed: view.timestamp_departed,
        timestamp_arrived: view.timestamp_arrived,
      }
    })
  }

  async row(transport: TransportView) {
    const [row] = await this.rows([transport])
    return row
  }
}

export type TransportRow = Awaited<ReturnType<TransportConsole['rows']>>[number]

/** A center by code and name; a code no center has any more keeps its code. */
function centerName(center: CenterView | null, code: string) {
  return center
    ? { center_code: center.center_code, name: center.name }
    : { center_code: code, name: code }
}

export function driverName(
  driver: Pick<UserProfile, 'uuid' | 'fullname' | 'username' | 'phonenumber'>
) {
  return {
    uuid: driver.uuid,
    name: driver.fullname || driver.username,
    phonenumber: driver.phonenumber,
  }
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`

/** What a transport carries, in words: "2 batches, 14 items". */
export function cargoSummary(cargo: Cargo) {
  return `${plural(cargo.batches.length, 'batch', 'batches')}, ${plural(cargo.items.total, 'item', 'items')}`
}

/** The flash after a start: what is now on the road. */
export function startedMessage(cargo: Cargo, driver: string) {
  const lost = cargo.items.by_status.LOST
  const carried = cargo.items.total - lost
  return (
    `Started: ${plural(cargo.batches.length, 'batch', 'batches')}, ` +
    `${plural(carried, 'item', 'items')} on the road with ${driver}` +
    (lost > 0 ? ` (${plural(lost, 'lost item', 'lost items')} not carried).` : '.')
  )
}

/** The flash after an arrival: what the arrival did to each item. */
export function arrivedMessage(cargo: Cargo, destination: string) {
  const { COMPLETED: delivered, DAMAGED: damaged, LOST: lost } = cargo.items.by_status
  const extras = [
    damaged > 0 ? `${plural(damaged, 'damaged item', 'damaged items')} also at ${destination}` : '',
    lost > 0 ? `${plural(lost, 'lost item', 'lost items')} not delivered` : '',
  ].filter(Boolean)
  return (
    `Arrived at ${destination}: ${plural(cargo.batches.length, 'batch', 'batches')} completed, ` +
    `${plural(delivered, 'item', 'items')} delivered` +
    (extras.length > 0 ? `; ${extras.join(', ')}.` : '.')
  )
}
