export const ITEM_STATUSES = ['CREATED', 'MOVING', 'COMPLETED', 'DAMAGED', 'LOST'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** Statuses in which an item may be put into a batch. */
export const BATCHABLE_STATUSES: readonly ItemStatus[] = ['CREATED', 'MOVING']

/** What a person may report; MOVING and COMPLETED come only from the workflow. */
export const REPORTABLE_STATUSES = ['DAMAGED', 'LOST'] as const
export type ReportableStatus = (typeof REPORTABLE_STATUSES)[number]

/**
 * The item state machine. CREATED → MOVING (added to a batch) and
 * MOVING → COMPLETED (its transport arrived) are the workflow's; by hand an
 * item can only be reported DAMAGED or LOST, and those are final.
 */
const MANUAL_TRANSITIONS: Record<ItemStatus, readonly ItemStatus[]> = {
  CREATED: ['DAMAGED', 'LOST'],
  MOVING: ['DAMAGED', 'LOST'],
  COMPLETED: ['DAMAGED', 'LOST'],
  DAMAGED: [],
  LOST: [],
}

export function canChangeStatusByHand(from: ItemStatus, to: ItemStatus): boolean {
  return from === to || MANUAL_TRANSITIONS[from].includes(to)
}

/**
 * Why a person may not move an item from `from` to `to`, in words for the
 * console (the action's own check is `canChangeStatusByHand`); null when
 * they may.
 */
export function statusChangeRefusal(from: ItemStatus, to: ItemStatus): string | null {
  if (canChangeStatusByHand(from, to)) return null
  if (MANUAL_TRANSITIONS[from].length === 0) {
    return `${from} is final: this item can no longer be reported ${to}.`
  }
  return `Only the workflow moves an item to ${to} (adding it to a batch, completing its transport).`
}
