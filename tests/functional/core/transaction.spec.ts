import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction, TransactionAborted } from '#core/db/transaction'
import { deferredForeignKey } from '#tests/support/deferred_key'

const postgres = process.env.DB_CONNECTION === 'pg'
const TABLE = 'zz_transaction_probe'

/** Writes `value` and records which of the transaction's hooks ran. */
async function write(trx: TransactionClientContract, value: string, hooks: string[]) {
  trx.after('commit', () => void hooks.push('after commit'))
  trx.after('rollback', () => void hooks.push('after rollback'))
  await trx.table(TABLE).insert({ value })
}

/** Counts the COMMITs and ROLLBACKs sent for `trx`, from here on. */
function countEnds(trx: TransactionClientContract) {
  const counts = { commits: 0, rollbacks: 0 }
  const knexTrx = trx.getWriteClient() as unknown as Record<
    'commit' | 'rollback',
    (value?: unknown) => Promise<unknown>
  >
  const { commit, rollback } = knexTrx
  knexTrx.commit = (value) => (counts.commits++, commit(value))
  knexTrx.rollback = (value) => (counts.rollbacks++, rollback(value))
  return counts
}

async function written() {
  const rows = await db.from(TABLE).orderBy('value')
  return rows.map((row) => row.value)
}

test.group('transaction', (group) => {
  group.each.setup(async () => {
    await db.connection().schema.dropTableIfExists(TABLE)
    await db.connection().schema.createTable(TABLE, (table) => table.string('value').notNullable())
    return () => db.connection().schema.dropTable(TABLE)
  })

  test('commits what the work wrote and answers its result', async ({ assert }) => {
    const hooks: string[] = []
    const result = await transaction(async (trx) => {
      await write(trx, 'a', hooks)
      return 42
    })
    assert.equal(result, 42)
    assert.deepEqual(await written(), ['a'])
    assert.deepEqual(hooks, ['after commit'])
  })

  test('rolls back when the work throws, and throws its error', async ({ assert }) => {
    const hooks: string[] = []
    const refusal = new Error('refused')
    const outcome = transaction(async (trx) => {
      await write(trx, 'a', hooks)
      throw refusal
    })
    await assert.rejects(() => outcome, 'refused')
    assert.deepEqual(await written(), [])
    assert.deepEqual(hooks, ['after rollback'])
  })

  test('leaves a transaction the work ended itself as it ended it', async ({ assert }) => {
    const hooks: string[] = []
    const kept = await transaction(async (trx) => {
      const ends = countEnds(trx)
      await write(trx, 'kept', hooks)
      await trx.commit()
      return ends
    })
    let dropped: ReturnType<typeof countEnds> | undefined
    await assert.rejects(
      () =>
        transaction(async (trx) => {
          dropped = countEnds(trx)
          await write(trx, 'dropped', hooks)
          await trx.rollback()
          throw new Error('after its own rollback')
        }),
      'after its own rollback'
    )
    assert.deepEqual(await written(), ['kept'])
    assert.deepEqual(hooks, ['after commit', 'after rollback'])
    // Nothing more was sent: no second COMMIT, no ROLLBACK after the work's own.
    assert.deepEqual(kept, { commits: 1, rollbacks: 0 })
    assert.deepEqual(dropped, { commits: 0, rollbacks: 1 })
  })

  test('throws when the COMMIT fails, before any after-commit hook', async ({
    assert,
    cleanup,
  }) => {
    const { orphan, drop } = await deferredForeignKey()
    cleanup(drop)
    const hooks: string[] = []
    await assert.rejects(
      () =>
        transaction(async (trx) => {
          await write(trx, 'a', hooks)
          await orphan(trx)
        }),
      /foreign key/
    )
    assert.deepEqual(await written(), [])
    assert.deepEqual(hooks, [])
    // Lucid's own transaction reports this commit as done, and runs its hooks.
    await db.transaction(async (trx) => {
      await write(trx, 'b', hooks)
      await orphan(trx)
    })
    assert.deepEqual(await written(), [])
    assert.deepEqual(hooks, ['after commit'])
  }).skip(
    !postgres,
    'PostgreSQL only: SQLite keeps a transaction whose COMMIT failed open (no key here is deferred)'
  )

  test('throws when an error the work caught aborted it, before any after-commit hook', async ({
    assert,
  }) => {
    const hooks: string[] = []
    await assert.rejects(
      () =>
        transaction(async (trx) => {
          await write(trx, 'a', hooks)
          await trx.rawQuery('select 1 / 0').catch(() => null)
          return 'done'
        }),
      TransactionAborted
    )
    assert.deepEqual(await written(), [])
    assert.deepEqual(hooks, [])
    // Lucid's own transaction answers 'done' for nothing, and runs its hooks.
    const answer = await db.transaction(async (trx) => {
      await write(trx, 'b', hooks)
      await trx.rawQuery('select 1 / 0').catch(() => null)
      return 'done'
    })
    assert.equal(answer, 'done')
    assert.deepEqual(await written(), [])
    assert.deepEqual(hooks, ['after commit'])
  }).skip(!postgres, 'PostgreSQL only: an error aborts the whole transaction there')
})
