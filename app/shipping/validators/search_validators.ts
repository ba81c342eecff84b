import vine from '@vinejs/vine'
import { text } from '#core/validation/text'

/** The console's global search box: `?q=` (a tracking number, batch alias or uuid). */
export const searchValidator = vine.create({
  q: text().trim().maxLength(100).optional(),
})
