import db from '@adonisjs/lucid/services/db'
import type ShippingItem from '#shipping/models/shipping_item'
import { isInTransit } from '#shipping/services/items_in_transit'
import {
  REPORTABLE_STATUSES,
  statusChangeRefusal,
  type ReportableStatus,
} from '#shipping/enums/item_status'

export type ReportChoice = { status: ReportableStatus; reason: string | null }

export type ItemRulesView = {
  /** Each status a person may report, with why not when the item cannot take it. */
  report: ReportChoice[]
  /** Why the item cannot be reported at all; null when at least one choice is open. */
  reportBlockedBecause: string | null
  /** Why the item cannot be deleted now; null when it can. */
  deleteBlockedBecause: string | null
}

/**
 * What may be done to an item right now, and why not, from the checks the
 * actions themselves make (ChangeItem's state machine, DeleteItem's
 * in-transit rule): the console shows these before anyone tries; the
 * actions still decide when they run.
 */
export class ItemRules {
  async of(item: ShippingItem): Promise<ItemRulesView> {
    const report = REPORTABLE_STATUSES.map((status) => ({
      status,
      reason: statusChangeRefusal(item.status, status),
    }))
    const open = report.some((choice) => choice.reason === null)
    return {
      report,
      reportBlockedBecause: open ? null : report[0].reason,
      deleteBlockedBecause: (await isInTransit(db.connection(), item.id))
        ? 'This item is on a transport that has departed; it can be deleted once the transport has arrived.'
        : null,
    }
  }
}
