import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { phoneNumberField } from '#core/validation/phone_number'

export const driverCodeRequestValidator = vine.create({ phonenumber: phoneNumberField() })

export const driverLoginValidator = vine.create({
  phonenumber: phoneNumberField(),
  code: text()
    .trim()
    .regex(/^\d{6}$/),
})
