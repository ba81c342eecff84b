import vine from '@vinejs/vine'
import { phoneNumberField as phonenumber } from '#core/validation/phone_number'
import { USER_TYPES } from '#users/contracts/users'
import { dobField, fullnameField } from '#users/contracts/profile_fields'

export const phonenumberValidator = vine.create({ phonenumber: phonenumber() })

export const phoneCodeValidator = vine.create({
  phonenumber: phonenumber(),
  token: vine
    .string()
    .trim()
    .maxLength(6)
    .regex(/^\d{6}$/),
})

export const passwordSignInValidator = vine.create({
  username: vine.string().trim().maxLength(150),
  password: vine.string().maxLength(256),
})

export const signUpValidator = vine.create({
  phonenumber: phonenumber(),
  user_type: vine.enum(USER_TYPES),
  signup_token: vine.string().trim().maxLength(128),
  fullname: fullnameField().optional(),
  dob: dobField().optional(),
})

export const refreshValidator = vine.create({ refresh: vine.string().trim().maxLength(512) })

export const verifyTokenValidator = vine.create({ token: vine.string().trim().maxLength(512) })

export const signOutValidator = vine.create({
  refresh: vine.string().trim().maxLength(512).optional(),
})
