import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { MAX_NAMES_PER_FAMILY, preparedRows, preparedRowsOf } from '#core/db/prepared'

const postgres = process.env.DB_CONNECTION === 'pg'

/**
 * A scratch table in the test's transaction (rolled back afterwards). Its
 * name is the test's own: a statement prepared stays on its connection.
 */
async function withTable(table: string, run: (trx: TransactionClientContract) => Promise<void>) {
  const trx = await db.transaction()
  try {
    await createTable(trx, table)
    await run(trx)
  } finally {
    await trx.rollback()
  }
}

async function createTable(client: QueryClientContract, table: string) {
  // Outside a transaction, a run stopped half-way leaves the table behind.
  if (!client.isTransaction) await client.rawQuery(`drop table if exists ${table}`)
  await client.rawQuery(
    `create table ${table} (id integer not null, code varchar(10) not null, at timestamp null)`
  )
  await client.table(table).multiInsert([
    { id: 1, code: 'a', at: '2026-01-02 03:04:05' },
    { id: 2, code: 'b', at: null },
    { id: 3, code: 'a', at: '2026-01-03 00:00:00' },
  ])
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
      const query = () =>
        trx.from('zz_prepared_rows').where('code', 'a').orderBy('id').select('id', 'code', 'at')
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
  }).skip(!postgres, 'PostgreSQL only: SQLite runs the text unnamed')

  test('a statement that could change its text or its columns is refused, not named', async ({
    assert,
  }) => {
    await withTable('zz_prepared_refused', async (trx) => {
      await assert.rejects(
        () => preparedRowsOf(trx.from('zz_prepared_refused').where('id', 1)),
        /names its columns/
      )
      await assert.rejects(
        () =>
          preparedRows(
            'insert into zz_prepared_refused (id, code) values (?, ?) returning *',
            [9, 'z'],
            trx
          ),
        /names its columns/
      )
      await assert.rejects(
        () => preparedRows('select id from ?? where id = ?', ['zz_prepared_refused', 1], trx),
        /binds values only/
      )
      await assert.rejects(
        () =>
          preparedRows('select id from zz_prepared_refused where id in (?)', [db.raw('1')], trx),
        /binds values only/
      )
      // A `*` that does not shape the result is a statement like any other.
      const exists = trx
        .from('zz_prepared_refused')
        .whereExists(trx.from('zz_prepared_refused as inner').where('inner.id', 2))
        .where('id', 1)
        .select('code')
      assert.deepEqual(await preparedRowsOf(exists), [{ code: 'a' }])
      // A Luxon date is a value, though it has a `toSQL` of its own (node-postgres
      // sends its JSON; better-sqlite3 binds no objects).
      if (postgres) {
        const dated = await preparedRows(
          'select id from zz_prepared_refused where cast(? as text) like ? order by id',
          [DateTime.fromISO('2026-01-02T12:00:00Z', { zone: 'utc' }), '%2026-01-02%'],
          trx
        )
        assert.deepEqual(dated, [{ id: 1 }, { id: 2 }, { id: 3 }])
      }
    })
  })

  test('outside a transaction a statement runs on a pooled connection, which it gives back whatever the outcome', async ({
    assert,
  }) => {
    // One connection that is never waited for long: one not given back fails the next read.
    const name = 'pg_prepared_pooled'
    db.manager.add(name, {
      ...db.getRawConnection('pg')!.config,
      pool: { min: 0, max: 1, acquireTimeoutMillis: 2_000 },
    })
    const client = db.connection(name)
    const table = 'zz_prepared_pooled'
    const inUse = () => client.getWriteClient().client.pool!.numUsed()
    // knex reports every statement it runs; the prepared ones should not pass through it.
    const throughKnex: string[] = []
    client.getWriteClient().client.on('query', (query: { sql: string }) => {
      throughKnex.push(query.sql)
    })
    try {
      await createTable(client, table)
      const query = () =>
        client.from(table).where('code', 'a').orderBy('id').select('id', 'code', 'at')
      assert.deepEqual(await preparedRowsOf(query()), await query())
      assert.deepEqual(await preparedRowsOf(query()), await query())

      // PostgreSQL's error, its code intact, led by the statement; the connection is free again.
      const error = await preparedRows(
        `select id from ${table} where id = cast(? as integer)`,
        ['one'],
        client
      ).catch((caught) => caught)
      assert.equal(inUse(), 0)
      assert.equal(error.code, '22P02')
      assert.match(error.message, new RegExp(`^select id from ${table} where id = cast\\(\\$1`))
      await assert.rejects(
        () => preparedRows(`select id from ${table} where id = ?`, [undefined], client),
        /Undefined binding/
      )
      assert.deepEqual(
        await preparedRows(`select id from ${table} where code = ? order by id`, ['b'], client),
        [{ id: 2 }]
      )
      assert.equal(inUse(), 0)
      assert.notInclude(throughKnex.join('\n'), 'select id from')
      // The builder's own two runs, for comparison, and not the prepared two.
      assert.lengthOf(
        throughKnex.filter((sql) => sql.endsWith('where "code" = $1 order by "id" asc')),
        2
      )

      // Named on that connection: the builder's text once, whatever its values.
      const { rows } = await client.rawQuery(
        'select statement from pg_prepared_statements where statement like ?',
        [`%${table}%`]
      )
      assert.includeMembers(
        rows.map((row: { statement: string }) => row.statement),
        [
          `select "id", "code", "at" from "${table}" where "code" = $1 order by "id" asc`,
          `select id from ${table} where code = $1 order by id`,
        ]
      )
    } finally {
      // A connection never given back would hold the pool's release (and this test) forever.
      if (inUse() === 0) {
        try {
          await client.rawQuery(`drop table if exists ${table}`)
        } finally {
          await db.manager.release(name)
        }
      }
    }
  }).skip(!postgres, 'PostgreSQL only: SQLite runs the text unnamed')

  test('a family names its first texts only; the others run unnamed and answer the same', async ({
    assert,
  }) => {
    await withTable('zz_prepared_family', async (trx) => {
      // One text per "shape", as a list's filters times its orderings make them.
      const shape = (index: number) =>
        preparedRows(
          `select id from zz_prepared_family where id >= ? and ${index} >= 0 order by id`,
          [2],
          trx,
          { family: 'test.prepared_family' }
        )
      for (let index = 0; index < MAX_NAMES_PER_FAMILY + 5; index++) {
        assert.deepEqual(await shape(index), [{ id: 2 }, { id: 3 }])
      }
      const named = await preparedOn(trx, 'zz_prepared_family')
      assert.lengthOf(named, MAX_NAMES_PER_FAMILY)
      // A text already named stays named; a text without a family is not held back.
      await shape(0)
      await preparedRows('select id from zz_prepared_family where id = ?', [1], trx)
      assert.lengthOf(await preparedOn(trx, 'zz_prepared_family'), MAX_NAMES_PER_FAMILY + 1)
    })
  }).skip(!postgres, 'PostgreSQL only: SQLite runs the text unnamed')

  test("after a column's type changes, the statement is prepared again under a new name", async ({
    assert,
  }) => {
    // One connection, so the second run meets the statement the first prepared.
    const name = 'pg_prepared_test'
    db.manager.add(name, { ...db.getRawConnection('pg')!.config, pool: { min: 0, max: 1 } })
    const client = db.connection(name)
    const read = () => preparedRows('select code from zz_prepared_stale where id = ?', [2], client)
    try {
      await createTable(client, 'zz_prepared_stale')
      assert.deepEqual(await read(), [{ code: 'b' }])
      // What a deploy's migration may do while the processes still serve.
      await client.rawQuery('alter table zz_prepared_stale alter column code type varchar(20)')
      assert.deepEqual(await read(), [{ code: 'b' }])
    } finally {
      try {
        await client.rawQuery('drop table if exists zz_prepared_stale')
      } finally {
        await db.manager.release(name)
      }
    }
  }).skip(!postgres, 'PostgreSQL only: SQLite runs the text unnamed')
})
