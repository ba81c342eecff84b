import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { preparedRows, preparedRowsOf } from '#core/db/prepared'

/**
 * A scratch table in the test's transaction (rolled back afterwards). Its
 * name is the test's own: a statement prepared stays on its connection.
 */
async function withTable(table: string, run: (trx: TransactionClientContract) => Promise<void>) {
  const trx = await db.transaction()
  try {
    await trx.rawQuery(
      `create table ${table} (id integer not null, code varchar(40) not null, at timestamp null)`
    )
    await trx.table(table).multiInsert([
      { id: 1, code: 'a', at: '2026-01-02 03:04:05' },
      { id: 2, code: 'b', at: null },
      { id: 3, code: 'a', at: '2026-01-03 00:00:00' },
    ])
    await run(trx)
  } finally {
    await trx.rollback()
  }
}

/** The statements this connection holds prepared that read `table`. */
async function preparedOn(trx: TransactionClientContract, table: string) {
  const { rows } = await trx.rawQuery(
    'select name, statement from pg_prepared_statements where statement like ?',
    [`%${table}%`]
  )
  return rows as { name: string; statement: string }[]
}

test.group('Prepared statements (#core/db/prepared)', () => {
  test('a builder run prepared answers what the builder answers, dates included', async ({
    assert,
  }) => {
    await withTable('zz_prepared_rows', async (trx) => {
      const query = () => trx.from('zz_prepared_rows').where('code', 'a').orderBy('id').select('*')
      assert.deepEqual(await preparedRowsOf(query()), await query())
      assert.lengthOf(await preparedRowsOf(query()), 2)
      assert.deepEqual(
        await preparedRows('select id from zz_prepared_rows where id > ?', [5], trx),
        []
      )
    })
  })

  test('PostgreSQL parses each text once per connection, under a name taken from the text', async ({
    assert,
  }) => {
    await withTable('zz_prepared_once', async (trx) => {
      if (trx.dialect.name !== 'postgres') return assert.isTrue(true)
      const byCode = (code: string) =>
        preparedRowsOf(trx.from('zz_prepared_once').where('code', code).select('id'))
      assert.deepEqual(await byCode('a'), [{ id: 1 }, { id: 3 }])
      assert.deepEqual(await byCode('b'), [{ id: 2 }])
      await preparedRows('select count(*) as total from zz_prepared_once where id >= ?', [2], trx)

      const statements = await preparedOn(trx, 'zz_prepared_once')
      assert.lengthOf(statements, 2)
      for (const { name } of statements) assert.match(name, /^wb_[\w-]{24}$/)
      assert.notEqual(statements[0].name, statements[1].name)
      assert.sameMembers(
        statements.map((statement) => statement.statement),
        [
          'select "id" from "zz_prepared_once" where "code" = $1',
          'select count(*) as total from zz_prepared_once where id >= $1',
        ]
      )
    })
  })
})
