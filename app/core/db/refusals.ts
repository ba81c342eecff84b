import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#core/db/transaction'

/**
 * A use case's "no" whose bookkeeping must still be kept (a counted wrong
 * guess, a revoked token family): returned from the transaction so it
 * commits, then thrown.
 */
export class Refusal {
  constructor(readonly reason: Error) {}
}

/**
 * Runs `work` in one transaction. Throwing rolls it back as usual;
 * returning a `Refusal` commits what was written, then throws its error.
 */
export async function transactionWithRefusals<T>(
  work: (trx: TransactionClientContract) => Promise<T | Refusal>
): Promise<T> {
  const outcome = await transaction(work)
  if (outcome instanceof Refusal) throw outcome.reason
  return outcome
}
