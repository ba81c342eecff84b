import vine from '@vinejs/vine'
import { phoneNumberRule } from '#core/validation/phone_number'

export const staffLoginValidator = vine.create({
  username: vine.string().trim().maxLength(150),
  password: vine.string().maxLength(256),
})

export const driverCodeRequestValidator = vine.create({
  phonenumber: vine.string().trim().use(phoneNumberRule()),
})

export const driverLoginValidator = vine.create({
  phonenumber: vine.string().trim().use(phoneNumberRule()),
  code: vine
    .string()
    .trim()
    .regex(/^\d{6}$/),
})
