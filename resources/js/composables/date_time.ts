const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** A server timestamp (ISO 8601) in the reader's words and time zone; `fallback` when absent. */
export function formatDateTime(iso: string | null | undefined, fallback = '—') {
  return iso ? dateTime.format(new Date(iso)) : fallback
}
