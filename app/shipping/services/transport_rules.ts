import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DomainError } from '#core/exceptions/domain_error'
import type ShippingTransport from '#shipping/models/shipping_transport'
import {
  NotAnActiveDriver,
  TransportAlreadyCompleted,
  TransportAlreadyDeparted,
  TransportCentersNotConfigured,
  TransportDriverNotConfigured,
  TransportHasNoBatch,
  TransportNotDeparted,
} from '#shipping/exceptions/shipping_errors'
import { UserDirectory } from '#users/contracts/users'

/**
 * What may be done with a transport, in one place: the workflow actions
 * (AddBatchesToTransport, AssignDriver, StartTransport, CompleteTransport)
 * refuse with these rules under the transport's row lock, and the console
 * shows the same rules as `{ allowed, reason }` next to each button, so the
 * page and the server cannot disagree. A refusal throws the API's error
 * (its code and message unchanged) carrying the reason a person is shown.
 */

/** What the rules look at. */
export type TransportFacts = {
  completed: boolean
  departed: boolean
  hasCenters: boolean
  batchCount: number
  /** The driver who would drive it: none, or whether they are still an active driver. */
  driver: 'none' | 'active' | 'inactive'
}

export type TransportRule =
  { allowed: true } | { allowed: false; reason: string; refusal: () => DomainError }

export type TransportRules = {
  addBatches: TransportRule
  assignDriver: TransportRule
  start: TransportRule
  complete: TransportRule
}

function refused(reason: string, error: () => DomainError): TransportRule {
  return {
    allowed: false,
    reason,
    refusal: () => Object.assign(error(), { reason }),
  }
}

const ALLOWED: TransportRule = { allowed: true }
const ARRIVED = refused('The transport has already arrived.', () => new TransportAlreadyCompleted())
const DEPARTED = refused(
  'The transport has already departed.',
  () => new TransportAlreadyDeparted()
)
const NOT_STARTED = refused('The transport has not started yet.', () => new TransportNotDeparted())
const NO_CENTERS = refused(
  'The transport needs a source and a destination center.',
  () => new TransportCentersNotConfigured()
)
const NO_BATCH = refused('No batch is loaded: add a batch first.', () => new TransportHasNoBatch())
const NO_DRIVER = refused(
  'No driver is assigned: assign a driver first.',
  () => new TransportDriverNotConfigured()
)
const INACTIVE_DRIVER = refused(
  'The assigned driver is no longer an active driver: assign another one.',
  () => new NotAnActiveDriver()
)

/** The first refusal that applies, in the order the checks are listed. */
function firstOf(...checks: (TransportRule | false)[]): TransportRule {
  return checks.find((check): check is TransportRule => check !== false) ?? ALLOWED
}

export function transportRules(facts: TransportFacts): TransportRules {
  // Batches and the driver can change until departure.
  const planned = firstOf(facts.completed && ARRIVED, facts.departed && DEPARTED)
  return {
    addBatches: planned,
    assignDriver: planned,
    start: firstOf(
      facts.completed && ARRIVED,
      facts.departed && DEPARTED,
      !facts.hasCenters && NO_CENTERS,
      facts.batchCount === 0 && NO_BATCH,
      facts.driver === 'none' && NO_DRIVER,
      facts.driver === 'inactive' && INACTIVE_DRIVER
    ),
    complete: firstOf(!facts.departed && NOT_STARTED, facts.completed && ARRIVED),
  }
}

/** Throws the rule's refusal when it does not allow the action. */
export function enforce(rule: TransportRule) {
  if (!rule.allowed) throw rule.refusal()
}

/** The rules as page props: `{ allowed, reason }` per action. */
export function presentRules(rules: TransportRules) {
  const present = (rule: TransportRule) => ({
    allowed: rule.allowed,
    reason: rule.allowed ? null : rule.reason,
  })
  return {
    add_batches: present(rules.addBatches),
    assign_driver: present(rules.assignDriver),
    start: present(rules.start),
    complete: present(rules.complete),
  }
}

export type PresentedRules = ReturnType<typeof presentRules>

/**
 * Reads the facts of a transport: inside an action's transaction (after
 * the row lock) or for a page. `driverUuid` is the driver a start would
 * use when it is not the stored one.
 */
@inject()
export class TransportFactsReader {
  constructor(private users: UserDirectory) {}

  async of(
    transport: ShippingTransport,
    options: { trx?: TransactionClientContract; driverUuid?: string } = {}
  ): Promise<TransportFacts> {
    const { trx } = options
    const [row] = await (trx ?? db)
      .from('shipping_batches')
      .where('transport_id', transport.id)
      .count('* as total')
    const driverUuid = options.driverUuid ?? transport.driverUuid
    const active = driverUuid !== null && (await this.users.isActiveDriver(driverUuid, { trx }))
    return {
      completed: transport.completed,
      departed: transport.departed,
      hasCenters: Boolean(
        transport.distributionCenterCodeSource && transport.distributionCenterCodeDestination
      ),
      batchCount: Number(row.total),
      driver: driverUuid === null ? 'none' : active ? 'active' : 'inactive',
    }
  }
}
