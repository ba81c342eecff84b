import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { codeField } from '#core/validation/code'

const centerCode = () => codeField().minLength(1).maxLength(16)
const centerName = () => text().trim().minLength(1).maxLength(64)

/** POST and PUT: both fields. `staff_members` is managed through …/staff/. */
export const centerValidator = vine.create({
  center_code: centerCode(),
  name: centerName(),
})

/** PATCH: either field. */
export const centerChangesValidator = vine.create({
  center_code: centerCode().optional(),
  name: centerName().optional(),
})

export const centerStaffValidator = vine.create({
  user_uuid: text().uuid(),
})
