import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { centerCodeField as centerCode } from '#distribution/contracts/center_code'

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

/** The console's staff picker: what was typed to find a staff member to add. */
export const staffSearchValidator = vine.create({
  staff_search: text().trim().maxLength(64).optional(),
})
