import { ConflictError, DomainError, FieldError, FieldErrors } from '#core/exceptions/domain_error'

/**
 * The shipping module's refusals, with the reference API's codes where it
 * had one (§5.6) and new codes for the rules it lacked.
 */
abstract class ShippingRefusal extends DomainError {
  static status = 400
}

export class TransportAlreadyCompleted extends ShippingRefusal {
  static code = 'ShippingTransportAlreadyCompleted'
  static message = 'ShippingTransport already completed.'
}

export class TransportAlreadyDeparted extends ShippingRefusal {
  static code = 'ShippingTransportAlreadyDeparted'
  static message = 'ShippingTransport already departed.'
}

export class TransportNotDeparted extends ShippingRefusal {
  static code = 'ShippingTransportNotDeparted'
  static message = 'Shipping transport not departed yet.'
}

export class TransportCentersNotConfigured extends ShippingRefusal {
  static code = 'ShippingTransportDistributionNotConfigured'
  static message = 'ShippingTransport distribution center not assigned.'
}

export class TransportHasNoBatch extends ShippingRefusal {
  static code = 'ShippingTransportNoBatch'
  static message = 'No Batch assigned to transport.'
}

export class TransportDriverNotConfigured extends ShippingRefusal {
  static code = 'ShippingTransportDriverNotConfigured'
  static message = 'driver is not assigned.'
}

export class BatchCompleted extends ShippingRefusal {
  static code = 'ShippingBatchCompleted'
  static message = 'ShippingBatch already completed.'
}

export class BatchDeparted extends ShippingRefusal {
  static code = 'ShippingBatchAlreadyDeparted'
  static message = 'ShippingBatch already departed with its transport.'
}

export class ItemNotInBatch extends ShippingRefusal {
  static code = 'ShippingItemNotInBatch'
  static message = 'ShippingItem is not in this batch.'
}

export class BatchOnTransport extends ShippingRefusal {
  static code = 'ShippingBatchOnTransport'
  static message = 'ShippingBatch is on a transport; it completes when the transport does.'
}

export class TransportHasBatches extends ConflictError {
  static code = 'ShippingTransportHasBatches'
  static message = 'ShippingTransport still carries batches.'
}

export class BatchAssigned extends ConflictError {
  static code = 'ShippingBatchAssigned'
  static message = 'ShippingBatch is assigned to a transport.'
}

export class ItemInTransit extends ConflictError {
  static code = 'ShippingItemInTransit'
  static message = 'ShippingItem is on a departed transport.'
}

/**
 * A refusal about one element of a bulk request; the action gathers them
 * and answers all at once (`field` = `<index>.<key>`).
 */
export type ElementRefusal = { code: string; message: string }

export const ELEMENT_REFUSALS = {
  itemNotExist: { code: 'ShippingItemNotExist', message: 'ShippingItem does not exist.' },
  itemInvalidStatus: {
    code: 'ShippingBatchItemAddInvalidStatus',
    message: 'ShippingItem in invalid status.',
  },
  itemInOpenBatch: (alias: string) => ({
    code: 'ShippingItemInOpenBatch',
    message: `ShippingItem is already in open batch ${alias}.`,
  }),
  batchNotExist: { code: 'ShippingBatchNotExist', message: 'ShippingBatch does not exist.' },
  batchCompleted: {
    code: 'ShippingBatchAlreadyCompleted',
    message: 'ShippingBatch already completed.',
  },
  batchOnOtherTransport: (transportUuid: string) => ({
    code: 'ShippingBatchAlreadyAssigned',
    message: `ShippingBatch is already on transport ${transportUuid}.`,
  }),
} satisfies Record<string, ElementRefusal | ((arg: string) => ElementRefusal)>

export class BulkRefused extends FieldErrors {
  /**
   * Checks every element of a bulk request (`key` names its field) and
   * throws one entry per refused element, or returns when all pass.
   */
  static check<Value>(
    values: Value[],
    key: string,
    refusalFor: (value: Value) => ElementRefusal | null
  ) {
    const refusals = values.flatMap((value, index) => {
      const refusal = refusalFor(value)
      return refusal ? [{ index, key, refusal }] : []
    })
    if (refusals.length > 0) throw new BulkRefused(refusals)
  }

  constructor(refusals: { index: number; key: string; refusal: ElementRefusal }[]) {
    super(
      refusals.map(({ index, key, refusal }) => ({
        message: refusal.message,
        code: refusal.code,
        field: `${index}.${key}`,
      }))
    )
    // The console lists each refusal next to its element; the flash says what it means.
    const count = refusals.length
    this.reason = `Nothing was changed: ${count.toLocaleString('en')} ${count === 1 ? 'entry was' : 'entries were'} refused, each with its reason.`
  }
}

export class InvalidStatusChange extends FieldError {
  constructor(from: string, to: string) {
    super('status', `ShippingItem cannot go from ${from} to ${to}.`, 'invalid_transition')
  }
}

export class AliasTaken extends FieldError {
  constructor() {
    super('alias', 'shipping batch with this alias already exists.', 'unique')
  }
}

export class NotAnActiveDriver extends FieldError {
  constructor() {
    super('driver_uuid', 'The driver must be an active DRIVER user.', 'invalid_driver')
  }
}
