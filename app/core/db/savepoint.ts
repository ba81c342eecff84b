import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import { isUniqueViolation } from '#core/db/errors'

/**
 * Runs `work` in a savepoint of `trx`: when it fails only the savepoint is
 * rolled back, so the caller's transaction stays usable (a lost race on a
 * unique index becomes a clear 400, not a dead transaction).
 */
async function inSavepoint<T>(
  trx: TransactionClientContract,
  work: (savepoint: TransactionClientContract) => Promise<T>
): Promise<T> {
  const savepoint = await trx.transaction()
  try {
    const result = await work(savepoint)
    await savepoint.commit()
    return result
  } catch (error) {
    await savepoint.rollback()
    throw error
  }
}

/**
 * Saves `model` in a savepoint; the unique indexes decide under
 * concurrency, and a violation on one of `uniques`' columns becomes that
 * column's error.
 */
export async function saveUnique(
  model: LucidRow,
  trx: TransactionClientContract,
  uniques: Record<string, () => Error>
) {
  try {
    await inSavepoint(trx, (savepoint) => model.useTransaction(savepoint).save())
  } catch (error) {
    const column = Object.keys(uniques).find((name) => isUniqueViolation(error, name))
    throw column ? uniques[column]() : error
  } finally {
    model.useTransaction(trx)
  }
}
