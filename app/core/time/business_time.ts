import { DateTime, IANAZone } from 'luxon'
import env from '#start/env'

const configured = env.get('BUSINESS_TIMEZONE') ?? 'Asia/Seoul'
if (!IANAZone.isValidZone(configured)) {
  throw new Error(`BUSINESS_TIMEZONE "${configured}" is not an IANA time zone`)
}

/** The business's time zone: API datetimes and the dates in generated codes use it. */
export const BUSINESS_TIME_ZONE = configured

/**
 * An API datetime: ISO 8601 with the business zone's offset
 * (`2026-11-21T14:03:07.125+09:00`), as the reference clients read it.
 */
export function apiDateTime(value: DateTime | Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const dateTime =
    value instanceof DateTime
      ? value
      : value instanceof Date
        ? DateTime.fromJSDate(value)
        : DateTime.fromISO(value)
  return dateTime.setZone(BUSINESS_TIME_ZONE).toISO()
}

/** Today's date in the business zone as `YYYYMMDD` (tracking numbers, aliases). */
export function businessDateStamp(now: DateTime = DateTime.now()): string {
  return now.setZone(BUSINESS_TIME_ZONE).toFormat('yyyyLLdd')
}
