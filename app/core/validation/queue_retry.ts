import vine from '@vinejs/vine'
import { text } from '#core/validation/text'
import { QUEUE_NAMES } from '#core/queue/types'

/**
 * Re-queueing failed jobs from the console: one job (`queue` and `id`), or
 * `all` of them (of `queue` if given).
 */
export const queueRetryValidator = vine.create({
  all: vine.accepted().optional(),
  queue: vine.enum(QUEUE_NAMES).optional().requiredIfExists('id'),
  id: text().trim().maxLength(64).optional().requiredIfMissing('all'),
})
