export const ITEM_STATUSES = ['CREATED', 'MOVING', 'COMPLETED', 'DAMAGED', 'LOST'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** Statuses in which an item may be put into a batch. */
export const BATCHABLE_STATUSES: readonly ItemStatus[] = ['CREATED', 'MOVING']

/** What a person may report; MOVING and COMPLETED come only from the workflow. */
export const REPORTABLE_STATUSES = ['DAMAGED', 'LOST'] as const

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
