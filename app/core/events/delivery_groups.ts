import db from '@adonisjs/lucid/services/db'
import type { Logger } from '@adonisjs/core/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

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
 * so a group that closes a lock cycle with a request gives way before the
 * request can be chosen as the deadlock's victim.
 */
const GROUP_LOCK_TIMEOUT_MS = 100

/**
 * Group commit for event deliveries (ADR 0018). A delivery that arrives
 * while `inFlight` transactions are already running waits, and the next
 * transaction takes every delivery waiting (up to `maxSize`): one BEGIN and
 * one COMMIT for the group instead of per delivery. A delivery that finds a
 * free slot runs at once, so an idle worker adds no delay; groups form only
 * when deliveries arrive faster than transactions end.
 *
 * If anything in a group fails (a listener, a claim, a lock wait longer than
 * {@link GROUP_LOCK_TIMEOUT_MS}, the commit), the whole group rolls back and
 * its deliveries run again one by one, each alone in its own transaction,
 * with its own outcome: a failing listener fails only its own job. Its
 * group-mates' database writes were rolled back with the group, so they
 * happen exactly once; the inbox claim keeps that true for a delivery that
 * is in a group twice. Effects outside the database (a live broadcast) may
 * run twice, as they may under BullMQ's at-least-once delivery anyway.
 */
export class DeliveryGroups {
  #waiting: Waiting[] = []
  #running = 0

  /**
   * @param maxSize deliveries per transaction at most (1: a transaction
   *   per delivery, no groups)
   * @param inFlight transactions running at once
   */
  constructor(
    readonly maxSize: number,
    readonly inFlight: number,
    private logger?: Logger
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
    return new Promise((resolve, reject) => {
      this.#waiting.push({ apply, resolve, reject })
      this.#start()
    })
  }

  #start() {
    while (this.#running < this.inFlight && this.#waiting.length > 0) {
      const group = this.#waiting.splice(0, this.maxSize)
      this.#running++
      void this.#commit(group).finally(() => {
        this.#running--
        this.#start()
      })
    }
  }

  async #commit(group: Waiting[]) {
    if (group.length > 1) {
      try {
        const outcomes = await db.transaction(async (trx) => {
          const postgres = trx.dialect.name === 'postgres'
          if (postgres) await trx.rawQuery(`set local lock_timeout = ${GROUP_LOCK_TIMEOUT_MS}`)
          const applied: boolean[] = []
          for (const delivery of group) {
            applied.push(await delivery.apply(trx))
            if (trx.isCompleted) throw new ListenerEndedTransaction()
          }
          // A later statement fails in a transaction an earlier error aborted,
          // but nothing follows the last listener: PostgreSQL would answer
          // the COMMIT with a silent rollback if it had swallowed an error.
          if (postgres) await trx.rawQuery('select 1')
          return applied
        })
        group.forEach((delivery, index) => delivery.resolve(outcomes[index]))
        return
      } catch (error) {
        this.logger?.debug({ err: error, deliveries: group.length }, 'delivery group rolled back')
      }
    }
    // Alone, or again after the group failed: one by one, within this slot.
    for (const delivery of group) {
      try {
        let ended = false
        const applied = await db.transaction(async (trx) => {
          const outcome = await delivery.apply(trx)
          ended = trx.isCompleted
          return outcome
        })
        if (ended) throw new ListenerEndedTransaction()
        delivery.resolve(applied)
      } catch (error) {
        delivery.reject(error)
      }
    }
  }
}

/**
 * A listener committed or rolled back the transaction it was handed: what
 * it wrote may be gone with its inbox claim, so its job fails to be retried.
 */
class ListenerEndedTransaction extends Error {
  constructor() {
    super('A listener ended its delivery transaction itself; listeners never commit or roll back')
  }
}
