/** What a line of an item's timeline records. */
export const TIMELINE_KINDS = [
  'CREATED',
  'ADDED_TO_BATCH',
  'REMOVED_FROM_BATCH',
  'LOADED_ON_TRANSPORT',
  'DEPARTED',
  'ARRIVED',
  'STATUS_CHANGED',
] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]
