import vine from '@vinejs/vine'
import { text } from '#core/validation/text'

export const FULLNAME_MIN_LENGTH = 2
export const FULLNAME_MAX_LENGTH = 32

/**
 * Profile field rules shared by the profile edit and driver sign-up, so both
 * accept exactly the same values.
 */
export const fullnameField = () =>
  text().trim().minLength(FULLNAME_MIN_LENGTH).maxLength(FULLNAME_MAX_LENGTH)

/** `YYYY-MM-DD`, not in the future; kept as the same string. */
export const dobField = () =>
  vine
    .date({ formats: ['YYYY-MM-DD'] })
    .beforeOrEqual('today')
    .nullable()
    .transform((date) => (date ? date.toISOString().slice(0, 10) : date))
