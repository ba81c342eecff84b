import type { DomainError } from '#core/exceptions/domain_error'
import type ShippingBatch from '#shipping/models/shipping_batch'
import ShippingTransport from '#shipping/models/shipping_transport'
import { BatchCompleted, BatchDeparted } from '#shipping/exceptions/shipping_errors'

/**
 * What may be done with a batch's items, in one place: AddItemsToBatch and
 * RemoveItemFromBatch refuse with these rules under the batch's row lock,
 * and the console shows the same rules as `{ allowed, reason }` next to
 * its controls, so the page and the server cannot disagree. A refusal
 * throws the API's error (code and message unchanged) carrying the reason
 * a person is shown.
 */
export type BatchRule =
  { allowed: true } | { allowed: false; reason: string; refusal: () => DomainError }

export type BatchRules = { addItems: BatchRule; removeItem: BatchRule }

const ALLOWED: BatchRule = { allowed: true }

function refused(reason: string, error: () => DomainError): BatchRule {
  return { allowed: false, reason, refusal: () => Object.assign(error(), { reason }) }
}

const CLOSED = refused(
  'The batch is closed: its items can no longer change.',
  () => new BatchCompleted()
)
const DEPARTED = refused(
  'The batch has departed with its transport: its items can no longer change.',
  () => new BatchDeparted()
)

/** Items go in and out of a batch until it closes or its transport departs. */
export function batchRules(
  batch: Pick<ShippingBatch, 'completed'>,
  transport: Pick<ShippingTransport, 'departed'> | null
): BatchRules {
  const open = batch.completed ? CLOSED : transport?.departed ? DEPARTED : ALLOWED
  return { addItems: open, removeItem: open }
}

/** Throws the rule's refusal when it does not allow the action. */
export function enforceBatchRule(rule: BatchRule) {
  if (!rule.allowed) throw rule.refusal()
}

/** The rules as page props: `{ allowed, reason }` per action. */
export function presentBatchRules(rules: BatchRules) {
  const present = (rule: BatchRule) => ({
    allowed: rule.allowed,
    reason: rule.allowed ? null : rule.reason,
  })
  return { add_items: present(rules.addItems), remove_item: present(rules.removeItem) }
}

/** A batch's rules for a page: reads its transport (if any) outside any lock. */
export class BatchRulesReader {
  async of(batch: ShippingBatch) {
    const transport = batch.transportId ? await ShippingTransport.find(batch.transportId) : null
    return presentBatchRules(batchRules(batch, transport))
  }
}
