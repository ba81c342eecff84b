import vine from '@vinejs/vine'
import { text } from '#core/validation/text'

/** A browser's live-updates stream id (Transmit's client draws a UUID). */
const streamId = () => text().trim().minLength(8).maxLength(64)

export const liveStreamValidator = vine.create({ uid: streamId() })

export const liveSubscriptionValidator = vine.create({
  uid: streamId(),
  channel: text().trim().minLength(1).maxLength(200),
})
