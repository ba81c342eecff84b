import type { Logger } from '@adonisjs/core/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#core/db/transaction'

/**
 * One delivery's work inside a transaction (the inbox claim, then the
 * listener): true when it applied, false when the inbox already had it.
 */
export type Delivery = (trx: TransactionClientContract) => Promise<boolean>

type Waiting = {
  apply: Delivery
  resolve(applied: boolean): void
  reject(error: unknown): void
}

/**
 * How long a statement in a group waits for a lock before the group gives up
 * and its deliveries run alone. Below PostgreSQL's `deadlock_timeout` (1 s),
 * so a group that closes a lock cycle with a request usually gives way first.
 */
const GROUP_LOCK_TIMEOUT_MS = 100

/**
 * A transaction still running after this long stops holding its slot, so a
 * delivery waiting on a lock (alone, it has no lock timeout) never keeps the
 * others waiting longer than this.
 */
const SLOT_MS = 100

/**
 * Group commit for event deliveries (ADR 0018). While fewer than `inFlight`
 * transactions are running, a delivery starts at once, alone, so an idle
 * worker adds no delay. A delivery that arrives while they run waits, and the
 * next free slot takes every delivery waiting (up to `maxSize`) into one
 * transaction: one BEGIN and one COMMIT for the group.
 *
 * If anything in a group fails (a listener, a claim, a lock wait longer than
 * {@link GROUP_LOCK_TIMEOUT_MS}, the commit), the whole group rolls back and
 * its deliveries run again, each alone in its own transaction, with its own
 * outcome: a failing listener fails only its own job. Its group-mates'
 * database writes were rolled back with the group, so they happen exactly
 * once; the inbox claim keeps that true for a delivery that is in a group
 * twice. Effects outside the database (a live broadcast) may run twice, as
 * they may under BullMQ's at-least-once delivery anyway.
 *
 * With `maxSize` 1 there are no groups and no slots: each delivery runs in
 * its own transaction at once, as before groups.
 */
export class DeliveryGroups {
  #waiting: Waiting[] = []
  #running = 0

  /**
   * @param maxSize deliveries per transaction at most (1: a transaction
   *   per delivery, no groups)
   * @param inFlight transactions that hold a slot at once
   * @param slotMs how long a transaction holds its slot at most
   */
  constructor(
    readonly maxSize: number,
    readonly inFlight: number,
    private logger?: Logger,
    readonly slotMs = SLOT_MS
  ) {
    if (!(
      Number.isInteger(maxSize) &&
      maxSize >= 1 &&
      Number.isInteger(inFlight) &&
      inFlight >= 1
    )) {
      throw new Error(
        `Delivery groups need whole numbers of at least 1 (maxSize ${maxSize}, inFlight ${inFlight})`
      )
    }
  }

  /** Runs `apply` in a transaction, alone or with others; answers its outcome. */
  run(apply: Delivery): Promise<boolean> {
    if (this.maxSize === 1) return alone(apply)
    return new Promise((resolve, reject) => {
      this.#waiting.push({ apply, resolve, reject })
      this.#start()
    })
  }

  #start() {
    while (this.#running < this.inFlight && this.#waiting.length > 0) {
      const group = this.#waiting.splice(0, this.maxSize)
      this.#running++
      let holding = true
      const handOn = () => {
        if (!holding) return
        holding = false
        this.#running--
        this.#start()
      }
      const slow = setTimeout(handOn, this.slotMs)
      void this.#commit(group).finally(() => {
        clearTimeout(slow)
        handOn()
      })
    }
  }

  async #commit(group: Waiting[]) {
    if (group.length === 1) return settle(group[0])
    let ended: number | undefined
    try {
      const outcomes = await transaction(async (trx) => {
        if (trx.dialect.name === 'postgres') {
          await trx.rawQuery(`set local lock_timeout = ${GROUP_LOCK_TIMEOUT_MS}`)
        }
        const applied: boolean[] = []
        for (const [index, delivery] of group.entries()) {
          try {
            applied.push(await delivery.apply(trx))
          } finally {
            // Ended by its listener, even where that listener's COMMIT then failed.
            if (trx.isCompleted) ended = index
          }
          if (ended !== undefined) throw new ListenerEndedTransaction()
        }
        return applied
      })
      group.forEach((delivery, index) => delivery.resolve(outcomes[index]))
      return
    } catch (error) {
      this.logger?.debug({ err: error, deliveries: group.length }, 'delivery group rolled back')
    }
    // Each again, alone and at once, as before groups: one waiting on a lock
    // holds up none of the others.
    await Promise.all(
      group.map((delivery, index) =>
        index === ended ? delivery.reject(new ListenerEndedTransaction()) : settle(delivery)
      )
    )
  }
}

async function settle(delivery: Waiting) {
  try {
    delivery.resolve(await alone(delivery.apply))
  } catch (error) {
    delivery.reject(error)
  }
}

/** One delivery in a transaction of its own. */
async function alone(apply: Delivery) {
  let ended = false
  const applied = await transaction(async (trx) => {
    const outcome = await apply(trx)
    ended = trx.isCompleted
    return outcome
  })
  if (ended) throw new ListenerEndedTransaction()
  return applied
}

/**
 * A listener committed or rolled back the transaction it was handed: it
 * broke the rule that makes its writes exactly-once, so its job fails.
 */
class ListenerEndedTransaction extends Error {
  constructor() {
    super('A listener ended its delivery transaction itself; listeners never commit or roll back')
  }
}
