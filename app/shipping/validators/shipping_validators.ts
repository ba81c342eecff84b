import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { text } from '#core/validation/text'
import { codeField } from '#core/validation/code'
import { ITEM_STATUSES, REPORTABLE_STATUSES } from '#shipping/enums/item_status'
import { centerCodeField as centerCode } from '#distribution/contracts/center_code'

/** How many elements one bulk add may carry. */
export const BULK_LIMIT = 5_000

const sku = () => text().trim().maxLength(20)
const alias = () => codeField().minLength(1).maxLength(20)

/** A new item starts CREATED; `tracking_number` and timestamps are the server's. */
export const createItemValidator = vine.create({
  sku: sku().optional(),
  status: vine.enum(['CREATED']).optional(),
})

/** `PUT`/`PATCH`: the sku, and a status along the state machine. */
export const changeItemValidator = vine.create({
  sku: sku().optional(),
  status: vine.enum(ITEM_STATUSES).optional(),
})

export const reportItemValidator = vine.create({
  status: vine.enum(REPORTABLE_STATUSES),
  note: text({ multiline: true }).trim().maxLength(500).optional(),
})

export const createBatchValidator = vine.create({
  alias: alias().optional(),
})

export const changeBatchValidator = vine.create({
  alias: alias().optional(),
  completed: vine.boolean().optional(),
})

export const transportValidator = vine.create({
  distribution_center_code_source: centerCode(),
  distribution_center_code_destination: centerCode(),
})

export const transportChangesValidator = vine.create({
  distribution_center_code_source: centerCode().optional(),
  distribution_center_code_destination: centerCode().optional(),
})

export const assignDriverValidator = vine.create({
  driver_uuid: text().uuid(),
})

export const startTransportValidator = vine.create({
  driver_uuid: text().uuid().optional(),
})

/** Bulk bodies: one object or an array of them. */
export const addItemsValidator = vine.create(
  vine
    .array(vine.object({ tracking_number: text().trim().minLength(1).maxLength(20) }))
    .maxLength(BULK_LIMIT)
)

export const addBatchesValidator = vine.create(
  vine.array(vine.object({ alias: alias() })).maxLength(BULK_LIMIT)
)

/**
 * The console's add-items form: tracking numbers as typed, pasted or
 * scanned (the page drops repeats); at most BULK_LIMIT in one go.
 */
export const addItemsFormValidator = vine.create({
  tracking_numbers: vine
    .array(text().trim().minLength(1).maxLength(20))
    .minLength(1)
    .maxLength(BULK_LIMIT),
})
addItemsFormValidator.messagesProvider = new SimpleMessagesProvider({
  'tracking_numbers.array.minLength': 'Paste or scan at least one tracking number.',
  'tracking_numbers.array.maxLength': `At most ${BULK_LIMIT.toLocaleString('en')} tracking numbers in one go: split the list and add the rest in another go.`,
})

/**
 * Proof of delivery (multipart): a photo, the receiver's signature drawn on
 * the screen (PNG), their name; each optional here, required by
 * configuration (the action checks). The bytes are checked when re-encoded.
 */
export const deliveryProofValidator = vine.create({
  photo: vine.file({ size: '15mb', extnames: ['jpg', 'jpeg', 'png', 'webp'] }).optional(),
  signature: vine.file({ size: '2mb', extnames: ['png'] }).optional(),
  name: text().trim().maxLength(120).optional(),
})
