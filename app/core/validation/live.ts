import vine from '@vinejs/vine'

/** A browser's live-updates stream id (Transmit's client draws a UUID). */
const streamId = () => vine.string().trim().minLength(8).maxLength(64)

export const liveStreamValidator = vine.create({ uid: streamId() })

export const liveSubscriptionValidator = vine.create({
  uid: streamId(),
  channel: vine.string().trim().minLength(1).maxLength(200),
})
