import vine from '@vinejs/vine'
import { phoneNumberField } from '#core/validation/phone_number'

export const driverCodeRequestValidator = vine.create({ phonenumber: phoneNumberField() })

export const driverLoginValidator = vine.create({
  phonenumber: phoneNumberField(),
  code: vine
    .string()
    .trim()
    .regex(/^\d{6}$/),
})
