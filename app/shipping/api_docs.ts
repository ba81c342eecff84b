import { defineApiDocs, filter, listQuery, pageOf, type ApiOperation } from '#core/openapi/api_docs'
import { schema } from '#core/openapi/schema'
import { ITEM_STATUSES } from '#shipping/enums/item_status'
import { TRANSPORT_STATES } from '#shipping/enums/transport_state'
import { ItemTransformer } from '#shipping/transformers/item_transformer'
import { BatchTransformer } from '#shipping/transformers/batch_transformer'
import { TransportTransformer } from '#shipping/transformers/transport_transformer'
import { ItemEventTransformer } from '#shipping/transformers/item_event_transformer'
import {
  BATCH_ORDERING,
  ITEM_ORDERING,
  TRANSPORT_ORDERING,
} from '#shipping/validators/list_validators'
import {
  AliasTaken,
  BatchAssigned,
  BatchCompleted,
  BatchDeparted,
  BatchOnTransport,
  ELEMENT_REFUSALS,
  InvalidStatusChange,
  ItemInTransit,
  NotAnActiveDriver,
  TransportAlreadyCompleted,
  TransportAlreadyDeparted,
  TransportCentersNotConfigured,
  TransportDriverNotConfigured,
  TransportHasBatches,
  TransportHasNoBatch,
  TransportNotDeparted,
} from '#shipping/exceptions/shipping_errors'
import {
  addBatchesValidator,
  addItemsValidator,
  assignDriverValidator,
  changeBatchValidator,
  changeItemValidator,
  createBatchValidator,
  createItemValidator,
  deliveryProofValidator,
  reportItemValidator,
  startTransportValidator,
  transportChangesValidator,
  transportValidator,
} from '#shipping/validators/shipping_validators'

const item = schema.ref('ShippingItem')
const batch = schema.ref('ShippingBatch')
const transport = schema.ref('ShippingTransport')
const invalidTransition = new InvalidStatusChange('COMPLETED', 'MOVING')
const READ = 'shipping:read'
const WRITE = 'shipping:write'

/** The codes of a bulk add's per-element refusals (`field` = `<index>.<key>`). */
const refusals = (...codes: { code: string }[]) => ({ 400: codes.map((r) => r.code) })

/** A route's centers must differ (`same_as_source`) and exist (`does_not_exist`). */
const routeRefusals = { 400: ['same_as_source', 'does_not_exist'] }

const itemList = listQuery({
  ordering: Object.keys(ITEM_ORDERING),
  filters: [
    filter('status', 'Only items in this status.', schema.choice(ITEM_STATUSES)),
    filter('current_distribution_center_code', 'Only items at this center.', schema.string()),
  ],
})
const batchList = listQuery({
  ordering: Object.keys(BATCH_ORDERING),
  filters: [
    filter('completed', '`true` or `false`.', schema.boolean()),
    filter('search', 'Part of the alias, in any case.', schema.string()),
  ],
})
const transportList = listQuery({
  ordering: Object.keys(TRANSPORT_ORDERING),
  filters: [
    filter('completed', '`true` or `false`.', schema.boolean()),
    filter(
      'state',
      'Only transports in this state: `waiting_for_driver` (planned, no driver), `assigned` ' +
        '(planned, with a driver), `on_the_road` (departed), `arrived` (completed).',
      schema.choice(TRANSPORT_STATES)
    ),
    filter('driver_uuid', 'Only this driver’s transports.', schema.uuid()),
    filter('distribution_center_code_source', 'Leaving from this center.', schema.string()),
    filter('distribution_center_code_destination', 'Going to this center.', schema.string()),
  ],
})

const itemChange = (summary: string): ApiOperation => ({
  summary,
  description:
    'Changes the sku, or the status along the state machine (by hand only to DAMAGED or LOST). ' +
    'Read-only fields are ignored; `null` or `""` is refused.',
  scope: WRITE,
  body: changeItemValidator,
  responses: { 200: item },
  errors: [invalidTransition],
})

const batchChange = (summary: string): ApiOperation => ({
  summary,
  description: 'Renames (alias) or closes (`completed`) a batch that is on no transport.',
  scope: WRITE,
  body: changeBatchValidator,
  responses: { 200: batch },
  errors: [AliasTaken, BatchCompleted, BatchOnTransport],
})

const transportChange = (summary: string, validator: ApiOperation['body']): ApiOperation => ({
  summary,
  description:
    'Changes the route of a transport that has not departed; both centers must exist and differ.',
  scope: WRITE,
  body: validator,
  responses: { 200: transport },
  errors: [TransportAlreadyDeparted, TransportAlreadyCompleted],
  errorCodes: routeRefusals,
})

export default defineApiDocs({
  tag: { name: 'shipping', description: 'Shipping items, batches (manifests) and transports.' },
  schemas: {
    ShippingItem: ItemTransformer.schema,
    ShippingBatch: BatchTransformer.schema,
    ShippingTransport: TransportTransformer.schema,
    ShippingItemEvent: ItemEventTransformer.schema,
  },
  operations: {
    'api.shipping.items.index': {
      summary: 'List shipping items',
      scope: READ,
      query: itemList,
      responses: { 200: pageOf(item) },
    },
    'api.shipping.items.store': {
      summary: 'Create a shipping item',
      description:
        'The server draws the tracking number (`YYYYMMDD-` and 10 digits); the item starts CREATED.',
      scope: WRITE,
      body: createItemValidator,
      responses: { 201: item },
    },
    'api.shipping.items.show': {
      summary: 'One shipping item, by tracking number',
      scope: READ,
      responses: { 200: item },
    },
    'api.shipping.items.replace': itemChange('Change a shipping item (PUT)'),
    'api.shipping.items.update': itemChange('Change a shipping item'),
    'api.shipping.items.destroy': {
      summary: 'Delete a shipping item that is not in transit',
      scope: WRITE,
      responses: { 204: null },
      errors: [ItemInTransit],
    },
    'api.shipping.items.report': {
      summary: 'Report an item DAMAGED or LOST, with a note',
      scope: WRITE,
      body: reportItemValidator,
      responses: { 200: item },
      errors: [invalidTransition],
    },
    'api.shipping.items.events': {
      summary: 'An item’s timeline, oldest first',
      description: 'Written by listeners shortly after each change commits.',
      scope: READ,
      query: listQuery({}),
      responses: { 200: pageOf(schema.ref('ShippingItemEvent')) },
    },

    'api.shipping.batches.index': {
      summary: 'List batches',
      scope: READ,
      query: batchList,
      responses: { 200: pageOf(batch) },
    },
    'api.shipping.batches.store': {
      summary: 'Create a batch',
      description: 'Without an `alias`, the server draws one (`YYYYMMDD-` and 10 letters).',
      scope: WRITE,
      body: createBatchValidator,
      responses: { 201: batch },
      errors: [AliasTaken],
    },
    'api.shipping.batches.show': {
      summary: 'One batch, by alias',
      scope: READ,
      responses: { 200: batch },
    },
    'api.shipping.batches.replace': batchChange('Change a batch (PUT)'),
    'api.shipping.batches.update': batchChange('Change a batch'),
    'api.shipping.batches.destroy': {
      summary: 'Delete a batch that is on no transport',
      scope: WRITE,
      responses: { 204: null },
      errors: [BatchAssigned],
    },
    'api.shipping.batches.items': {
      summary: 'The items of a batch',
      scope: READ,
      query: itemList,
      responses: { 200: pageOf(item) },
    },
    'api.shipping.batches.add': {
      summary: 'Add items to a batch (one, or an array; all or nothing)',
      description:
        'Items join only an open batch that has not departed, only in CREATED or MOVING, and only ' +
        'if no other open batch holds them. Every element is checked first: one error entry per ' +
        'refused element (`field` = `<index>.tracking_number`) and nothing is written.',
      scope: WRITE,
      body: addItemsValidator,
      bulk: true,
      responses: { 200: schema.array(item) },
      errors: [BatchCompleted, BatchDeparted],
      errorCodes: refusals(
        ELEMENT_REFUSALS.itemNotExist,
        ELEMENT_REFUSALS.itemInvalidStatus,
        ELEMENT_REFUSALS.itemInOpenBatch('')
      ),
    },

    'api.shipping.transports.index': {
      summary: 'List transports',
      scope: READ,
      query: transportList,
      responses: { 200: pageOf(transport) },
    },
    'api.shipping.transports.store': {
      summary: 'Create a transport between two centers',
      scope: WRITE,
      body: transportValidator,
      responses: { 201: transport },
      errorCodes: routeRefusals,
    },
    'api.shipping.transports.show': {
      summary: 'One transport (drivers: their own)',
      scope: READ,
      responses: { 200: transport },
    },
    'api.shipping.transports.replace': transportChange(
      'Change a transport’s route (PUT)',
      transportValidator
    ),
    'api.shipping.transports.update': transportChange(
      'Change a transport’s route',
      transportChangesValidator
    ),
    'api.shipping.transports.destroy': {
      summary: 'Delete a transport that carries no batch',
      scope: WRITE,
      responses: { 204: null },
      errors: [TransportHasBatches],
    },
    'api.shipping.transports.batches': {
      summary: 'The batches on a transport (drivers: their own)',
      scope: READ,
      query: batchList,
      responses: { 200: pageOf(batch) },
    },
    'api.shipping.transports.add': {
      summary: 'Load batches onto a transport (one, or an array; all or nothing)',
      description:
        'A batch joins only a transport that has not departed, and only if no other transport ' +
        'carries it. One error entry per refused element (`field` = `<index>.alias`).',
      scope: WRITE,
      body: addBatchesValidator,
      bulk: true,
      responses: { 200: schema.array(batch) },
      errors: [TransportAlreadyDeparted, TransportAlreadyCompleted],
      errorCodes: refusals(
        ELEMENT_REFUSALS.batchNotExist,
        ELEMENT_REFUSALS.batchCompleted,
        ELEMENT_REFUSALS.batchOnOtherTransport('')
      ),
    },
    'api.shipping.transports.assign': {
      summary: 'Assign a driver to a transport that has not departed',
      scope: WRITE,
      body: assignDriverValidator,
      responses: { 200: transport },
      errors: [NotAnActiveDriver, TransportAlreadyDeparted, TransportAlreadyCompleted],
    },
    'api.shipping.transports.start': {
      summary: 'Depart: the driver (assigned, or `driver_uuid`) leaves with the batches',
      description: 'Needs at least one batch and an active driver; happens once.',
      scope: WRITE,
      body: startTransportValidator,
      responses: { 200: transport },
      errors: [
        TransportAlreadyDeparted,
        TransportAlreadyCompleted,
        TransportHasNoBatch,
        TransportDriverNotConfigured,
        TransportCentersNotConfigured,
        NotAnActiveDriver,
      ],
    },
    'api.shipping.transports.complete': {
      summary: 'Arrive: batches complete, their MOVING items become COMPLETED at the destination',
      description:
        'Happens once, in one transaction. A driver whose server requires a proof of delivery ' +
        '(`PROOF_OF_DELIVERY_REQUIRED`) completes through `proofs/` instead: here the missing ' +
        'parts answer `required`.',
      scope: WRITE,
      responses: { 200: transport },
      errors: [TransportNotDeparted, TransportAlreadyCompleted],
      errorCodes: { 400: ['required'] },
    },
    'api.shipping.transports.proofs': {
      summary: 'Arrive with a proof of delivery: a photo, the receiver’s signature, their name',
      description:
        'A multipart form: `photo` (jpg, jpeg, png or webp, at most 15 MB), `signature` (PNG, at ' +
        'most 2 MB), `name` (the receiver, at most 120 characters). Completes the transport as ' +
        '`complete/` does and records the proof in the same transaction; images are re-encoded ' +
        'and stored without metadata. At least one part is needed; a driver must give the parts ' +
        'the server requires (`PROOF_OF_DELIVERY_REQUIRED`: missing ones answer `required`, one ' +
        'entry per field). The same callers as `complete/`: staff, a write key, or the ' +
        'transport’s own driver.',
      scope: WRITE,
      body: deliveryProofValidator,
      bodyEncoding: 'multipart',
      responses: {
        201: schema.object({
          proof: schema.object({
            uuid: schema.uuid(),
            receiver_name: schema.nullable(schema.string()),
            photo_url: schema.nullable(schema.string()),
            signature_url: schema.nullable(schema.string()),
            timestamp_created: schema.nullable(schema.dateTime()),
          }),
          transport,
        }),
      },
      errors: [TransportNotDeparted, TransportAlreadyCompleted],
      errorCodes: { 400: ['invalid_image', 'required'] },
    },
    'api.shipping.driver.transports.index': {
      summary: 'The signed-in driver’s transports (the driver app)',
      query: transportList,
      responses: { 200: pageOf(transport) },
    },
  },
})
