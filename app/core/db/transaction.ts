import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Runs `work` in one transaction and commits it; throwing rolls it back.
 * Every state change goes through here, never through `db.transaction`
 * (an architecture test holds to it), because Lucid can report a commit
 * that did not happen, and run the transaction's after-commit hooks (the
 * outbox hand-over) for it:
 * - a COMMIT that failed (a deferred constraint, a serialization failure):
 *   knex hands its error only to the transaction's execution promise, which
 *   Lucid never waits for;
 * - a transaction an error aborted, where the code caught the error and
 *   carried on: PostgreSQL answers its COMMIT with ROLLBACK, not an error.
 * Here both throw before any after-commit hook runs (after-rollback hooks do
 * not run either), and neither costs a round trip: the COMMIT's own answer
 * tells.
 *
 * When `work` ends the transaction itself, it stays ended: nothing more is
 * committed or rolled back.
 */
export async function transaction<T>(
  work: (trx: TransactionClientContract) => Promise<T>
): Promise<T> {
  const trx = await db.transaction()
  failUnlessCommitted(trx)
  let result: T
  try {
    result = await work(trx)
  } catch (error) {
    if (!trx.isCompleted) await trx.rollback()
    throw error
  }
  if (!trx.isCompleted) await trx.commit()
  return result
}

/**
 * PostgreSQL rolled the transaction back at COMMIT, because a statement in
 * it had failed and the error was caught rather than rethrown. The caught
 * error was a bug: a statement allowed to fail belongs in a savepoint
 * (`saveUnique`).
 */
export class TransactionAborted extends Error {
  constructor() {
    super(
      'PostgreSQL rolled the transaction back at COMMIT: a statement in it failed and its error was caught, not rethrown'
    )
  }
}

type KnexTransaction = {
  commit(value?: unknown): Promise<{ response?: { command?: string } } | undefined>
  executionPromise: Promise<unknown>
}

/** Makes the transaction's COMMIT throw when it did not commit. */
function failUnlessCommitted(trx: TransactionClientContract) {
  const knexTrx = trx.getWriteClient() as unknown as KnexTransaction
  const commit = knexTrx.commit
  knexTrx.commit = async (value) => {
    const answer = await commit(value)
    // Settled by now; rejected with the COMMIT's error if it failed.
    await knexTrx.executionPromise
    if (answer?.response?.command === 'ROLLBACK') throw new TransactionAborted()
    return answer
  }
}
