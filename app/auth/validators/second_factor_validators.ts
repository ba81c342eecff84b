import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { secondFactorCode } from '#auth/validators/auth_validators'

/** A code: the sign-in step, enrolment's first code, new recovery codes. */
export const secondFactorCodeValidator = vine.create({ code: secondFactorCode() })

export const disableSecondFactorValidator = vine.create({
  password: text().maxLength(256),
  code: secondFactorCode(),
})
