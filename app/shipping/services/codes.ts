import { randomInt } from 'node:crypto'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { isUniqueViolation } from '#core/db/errors'
import { inSavepoint } from '#core/db/savepoint'
import { businessDateStamp } from '#core/time/business_time'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ATTEMPTS = 5

/** `YYYYMMDD-NNNNNNNNNN`: the business date and 10 random digits. */
export function newTrackingNumber(): string {
  return `${businessDateStamp()}-${String(randomInt(0, 1e10)).padStart(10, '0')}`
}

/** `YYYYMMDD-` and 10 random letters. */
export function newBatchAlias(): string {
  const letters = Array.from({ length: 10 }, () => LETTERS[randomInt(0, LETTERS.length)])
  return `${businessDateStamp()}-${letters.join('')}`
}

/**
 * Inserts a row whose generated code must be unique, drawing a new code
 * when one collides (in a savepoint, so the transaction stays usable). `column`
 * is the code's column; other unique violations are rethrown.
 */
export async function insertWithFreshCode<T>(
  trx: TransactionClientContract,
  column: string,
  insert: (client: TransactionClientContract, attempt: number) => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inSavepoint(trx, (savepoint) => insert(savepoint, attempt))
    } catch (error) {
      if (!isUniqueViolation(error, column) || attempt >= ATTEMPTS) throw error
    }
  }
}
