import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import { isUniqueViolation } from '#core/db/errors'

/**
 * Runs `work` in a savepoint of `trx`: when it fails only the savepoint is
 * rolled back, so the caller's transaction stays usable (a lost race on a
 * unique index becomes a clear 400, not a dead transaction). With `keep`,
 * a result it refuses is answered too, but its savepoint rolled back: what
 * `work` wrote and the row locks it took are undone.
 */
export async function inSavepoint<T>(
  trx: TransactionClientContract,
  work: (savepoint: TransactionClientContract) => Promise<T>,
  options: { keep?: (result: T) => boolean } = {}
): Promise<T> {
  const savepoint = await trx.transaction()
  let result: T
  try {
    result = await work(savepoint)
  } catch (error) {
    await savepoint.rollback()
    throw error
  }
  if (options.keep && !options.keep(result)) await savepoint.rollback()
  else await savepoint.commit()
  return result
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
