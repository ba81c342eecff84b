import { randomInt, randomUUIDv7 } from 'node:crypto'
import { isUniqueViolation } from '#core/db/errors'
import { businessDateStamp } from '#core/time/business_time'

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ATTEMPTS = 5

/** `YYYYMMDD-NNNNNNNNNN`: the business date and 10 random digits. */
export function newTrackingNumber(): string {
  return `${businessDateStamp()}-${String(randomInt(0, 1e10)).padStart(10, '0')}`
}

/**
 * An item's uuid: version 7 (RFC 9562), whose first 48 bits are the time it
 * was made, in milliseconds, so items made together sit together in the
 * uuid index. A bulk write of recent items (a transport's completion writes
 * a new index entry for each) then touches a few of that index's pages, not
 * most of them (ADR 0021). The time it carries is when the item was made,
 * which the API shows anyway (`timestamp_created`).
 */
export function newItemUuid(): string {
  return randomUUIDv7()
}

/** `YYYYMMDD-` and 10 random letters. */
export function newBatchAlias(): string {
  const letters = Array.from({ length: 10 }, () => LETTERS[randomInt(0, LETTERS.length)])
  return `${businessDateStamp()}-${letters.join('')}`
}

/**
 * Runs `transaction` again, with a fresh code, when the code it drew was
 * taken: `transaction` inserts a row whose `column` is a generated code
 * before anything else, and the unique index on `column` decides under
 * concurrency. The whole transaction is retried rather than a savepoint in
 * it: a collision has written nothing else yet, and the common case saves
 * the SAVEPOINT and RELEASE round trips and a nested transaction. Other
 * unique violations are rethrown.
 */
export async function withFreshCode<T>(
  column: string,
  transaction: (attempt: number) => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction(attempt)
    } catch (error) {
      if (!isUniqueViolation(error, column) || attempt >= ATTEMPTS) throw error
    }
  }
}
