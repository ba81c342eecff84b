import { DateTime, IANAZone } from 'luxon'
import env from '#start/env'

const configured = env.get('BUSINESS_TIMEZONE') ?? 'Asia/Seoul'
if (!IANAZone.isValidZone(configured)) {
  throw new Error(`BUSINESS_TIMEZONE "${configured}" is not an IANA time zone`)
}

/** The business's time zone: API datetimes and the dates in generated codes use it. */
export const BUSINESS_TIME_ZONE = configured

/**
 * ISO 8601 in one zone, as luxon's `setZone(zone).toISO()` writes it, at a
 * fraction of its cost: API lists format thousands of datetimes, and
 * luxon asks `Intl` for the zone's offset on every call (the item list's
 * profile spent 6% of its time there). The offset is looked up once per
 * quarter hour (zone transitions fall on quarter hours, and a quarter hour
 * whose two ends disagree is not cached); the rest is arithmetic. Years
 * outside 1000–9999 go to luxon.
 */
export function isoFormatterFor(zone: string): (epochMs: number) => string {
  const QUARTER_HOUR = 900_000
  const offsets = new Map<number, { minutes: number; suffix: string }>()
  const offsetAt = (epochMs: number) => {
    const at = DateTime.fromMillis(epochMs, { zone })
    return { minutes: at.offset, suffix: at.toISO()!.slice(23) }
  }
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')

  return (epochMs) => {
    const quarter = Math.floor(epochMs / QUARTER_HOUR)
    let offset = offsets.get(quarter)
    if (!offset) {
      offset = offsetAt(epochMs)
      const [first, last] = [quarter * QUARTER_HOUR, (quarter + 1) * QUARTER_HOUR - 1]
      if (offsetAt(first).minutes === offset.minutes && offsetAt(last).minutes === offset.minutes) {
        if (offsets.size >= 10_000) offsets.clear()
        offsets.set(quarter, offset)
      }
    }
    const local = new Date(epochMs + offset.minutes * 60_000)
    const year = local.getUTCFullYear()
    if (year < 1000 || year > 9999) return DateTime.fromMillis(epochMs, { zone }).toISO()!
    return (
      `${year}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `.${pad(local.getUTCMilliseconds(), 3)}${offset.suffix}`
    )
  }
}

const businessIso = isoFormatterFor(BUSINESS_TIME_ZONE)

/**
 * A moment as the app holds it: a model's `DateTime`, or the `Date` a row
 * read by the PostgreSQL driver carries (a list's rows build no `DateTime`
 * only to be written out again). {@link apiDateTime} writes either.
 */
export type Instant = DateTime | Date

/**
 * An API datetime: ISO 8601 with the business zone's offset
 * (`2026-11-21T14:03:07.125+09:00`), as the reference clients read it.
 */
export function apiDateTime(value: Instant | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const epochMs =
    value instanceof DateTime
      ? value.toMillis()
      : value instanceof Date
        ? value.getTime()
        : DateTime.fromISO(value).toMillis()
  return Number.isNaN(epochMs) ? null : businessIso(epochMs)
}

/** Today's date in the business zone as `YYYYMMDD` (tracking numbers, aliases). */
export function businessDateStamp(now: DateTime = DateTime.now()): string {
  return now.setZone(BUSINESS_TIME_ZONE).toFormat('yyyyLLdd')
}
