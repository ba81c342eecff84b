import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { phoneNumberField as phonenumber } from '#core/validation/phone_number'
import { USER_TYPES } from '#users/contracts/users'
import { dobField, fullnameField } from '#users/contracts/profile_fields'

export const phonenumberValidator = vine.create({ phonenumber: phonenumber() })

export const phoneCodeValidator = vine.create({
  phonenumber: phonenumber(),
  token: text()
    .trim()
    .maxLength(6)
    .regex(/^\d{6}$/),
})

const username = () => text().trim().maxLength(150)
const password = () => text().maxLength(256)

/** An authenticator code (6 digits) or a recovery code (`xxxxx-xxxxx`). */
export const secondFactorCode = () => text().trim().minLength(1).maxLength(32)

export const passwordSignInValidator = vine.create({ username: username(), password: password() })

/** API v1 sign-in: for an account with a second factor, `otp` completes it in the same call. */
export const apiSignInValidator = vine.create({
  username: username(),
  password: password(),
  otp: secondFactorCode().optional(),
})

export const signUpValidator = vine.create({
  phonenumber: phonenumber(),
  user_type: vine.enum(USER_TYPES),
  signup_token: text().trim().maxLength(128),
  fullname: fullnameField().optional(),
  dob: dobField().optional(),
})

export const refreshValidator = vine.create({ refresh: text().trim().maxLength(512) })

export const verifyTokenValidator = vine.create({ token: text().trim().maxLength(512) })

export const signOutValidator = vine.create({
  refresh: text().trim().maxLength(512).optional(),
})
