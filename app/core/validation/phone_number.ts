import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { FieldContext } from '@vinejs/vine/types'

export const INVALID_PHONE_NUMBER = 'Enter a valid phone number.'

/**
 * The E.164 form of a valid international number (`+821012345678`), or null.
 * A leading `+country` is required: there is no default region.
 */
export function toE164(value: string): string | null {
  const parsed = parsePhoneNumberFromString(value.trim())
  return parsed?.isValid() ? parsed.number : null
}

/** The region (ISO 3166 alpha-2, e.g. `KR`) a valid E.164 number belongs to, or null. */
export function regionOf(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.country ?? null
}

function phoneNumber(value: unknown, _: undefined, field: FieldContext) {
  if (typeof value !== 'string') return
  const e164 = toE164(value)
  if (!e164) {
    field.report(INVALID_PHONE_NUMBER, 'phoneNumber', field)
    return
  }
  field.mutate(e164, field)
}

/**
 * VineJS rule: `text().use(phoneNumberRule())` checks the number and
 * normalises it to E.164.
 */
export const phoneNumberRule = vine.createRule(phoneNumber)

/** A phone number field: trimmed, checked, normalised to E.164. */
export const phoneNumberField = () => text().trim().use(phoneNumberRule())
