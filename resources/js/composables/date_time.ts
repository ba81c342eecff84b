const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A server timestamp (ISO 8601) in the reader's words and time zone; `fallback` when absent. */
export function formatDateTime(iso: string | null | undefined, fallback = '—') {
  return iso ? dateTime.format(new Date(iso)) : fallback
}

const thisYear = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

/** Compact, for a table cell: "Dec 2, 14:05" this year, "Dec 2, 2025" before. */
export function formatShortDateTime(iso: string | null | undefined, fallback = '—') {
  if (!iso) return fallback
  const date = new Date(iso)
  return (date.getFullYear() === new Date().getFullYear() ? thisYear : otherYear).format(date)
}
