import { setTimeout as sleep } from 'node:timers/promises'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import db from '@adonisjs/lucid/services/db'

/**
 * Connections waiting for a backend, directly or behind another waiter (a
 * second request for a row lock queues behind the first).
 */
const BEHIND_SQL = `
  with recursive behind (pid) as (
    select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))
    union
    select waiting.pid from pg_stat_activity waiting
      join behind on behind.pid = any(pg_blocking_pids(waiting.pid))
  )
  select count(*)::int as waiting from behind`

/**
 * Resolves once `count` connections wait for a lock `holder` holds, or
 * behind one that does (PostgreSQL): the test holding it knows the
 * statements it raced are now queued behind it. Waits on anything else (a
 * worker, another test) do not count.
 */
export async function waitersBehind(holder: TransactionClientContract, count = 1) {
  const {
    rows: [{ pid }],
  } = await holder.rawQuery('select pg_backend_pid() as pid')
  for (let attempt = 0; attempt < 500; attempt++) {
    const { rows } = await db.rawQuery(BEHIND_SQL, [pid])
    if (rows[0].waiting >= count) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`expected ${count} connections waiting for a lock of backend ${pid}`)
}

/** A promise's outcome without ever rejecting: a race's loser never goes unhandled. */
export function settled<T>(promise: Promise<T>): Promise<T | Error> {
  return promise.then(
    (value) => value,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
  )
}

/**
 * A cleanup that rolls back whichever of `transactions` a failed test left
 * open, in this order: the lock holders first, then those queued behind.
 */
export function rollBackOpen(...transactions: TransactionClientContract[]) {
  return async () => {
    for (const trx of transactions) if (!trx.isCompleted) await trx.rollback()
  }
}

/** PostgreSQL's `deadlock_detected`: it aborted this statement to break a lock cycle. */
const DEADLOCK_DETECTED = '40P01'

/**
 * Runs `work` again when PostgreSQL aborts it to break a deadlock. The
 * reset after a test truncates every table in one statement, taking their
 * locks one by one, while a worker or a built server may still be finishing
 * what the test set off (a listener holding the inbox, then writing the
 * credential tables): if PostgreSQL aborts the truncate, the other side
 * finishes and the truncate goes through on the next try.
 */
export async function untilNoDeadlock(work: () => Promise<unknown>, tries = 5) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      if (code !== DEADLOCK_DETECTED || attempt >= tries) throw error
      await sleep(50 * attempt)
    }
  }
}
