import db from '@adonisjs/lucid/services/db'
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
 * Group commit for event deliveries (ADR 0018). A delivery that arrives
 * while `inFlight` transactions are already running waits, and the next
 * transaction takes every delivery waiting (up to `maxSize`): one BEGIN and
 * one COMMIT for the group instead of per delivery. A delivery that finds a
 * free slot runs at once, so an idle worker adds no delay; groups form only
 * when deliveries arrive faster than transactions end.
 *
 * If anything in a group throws (a listener, a claim, the commit), the whole
 * group rolls back and each of its deliveries runs again alone, in its own
 * transaction, with its own outcome: a failing listener fails only its own
 * job, as if there had been no group. Its batch-mates' database writes were
 * rolled back with the group, so they happen exactly once; the inbox claim
 * keeps that true for a delivery that is in a group twice. Effects outside
 * the database (a live broadcast) may run twice, as they may under BullMQ's
 * at-least-once delivery anyway.
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
    readonly inFlight: number
  ) {
    if (!(maxSize >= 1 && inFlight >= 1)) {
      throw new Error(`Delivery groups need at least 1 delivery and 1 transaction`)
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
      const outcomes = await db
        .transaction(async (trx) => {
          const applied: boolean[] = []
          for (const delivery of group) applied.push(await delivery.apply(trx))
          return applied
        })
        .catch(() => null)
      if (outcomes) {
        group.forEach((delivery, index) => delivery.resolve(outcomes[index]))
        return
      }
    }
    // Alone, or again after the group failed: each with its own outcome.
    await Promise.all(
      group.map((delivery) =>
        db.transaction(delivery.apply).then(delivery.resolve, delivery.reject)
      )
    )
  }
}
