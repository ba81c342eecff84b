import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { countsPer, inListCondition, insertPerId, whereInList } from '#core/db/id_lists'

/** A scratch table in the test's transaction (rolled back afterwards). */
async function withTable(run: (trx: TransactionClientContract) => Promise<void>) {
  const trx = await db.transaction()
  try {
    await trx.rawQuery(
      'create table zz_id_lists (id integer not null, code varchar(40) not null, note varchar(40) not null, at varchar(40) not null)'
    )
    await run(trx)
  } finally {
    await trx.rollback()
  }
}

test.group('Long lists in one statement (id_lists)', () => {
  test('inListCondition: the same text for one id or many, and exactly the listed rows', async ({
    assert,
  }) => {
    await withTable(async (trx) => {
      await trx
        .table('zz_id_lists')
        .multiInsert(
          Array.from({ length: 300 }, (_, id) => ({ id, code: `c${id}`, note: '', at: '' }))
        )
      const pick = async (values: (number | string)[], column: 'id' | 'code') => {
        const list = inListCondition(trx, `"${column}"`, values)
        const result = await trx.rawQuery(
          `select "id" from "zz_id_lists" where ${list.sql} order by "id"`,
          [list.binding as any]
        )
        // node-postgres answers a result object, better-sqlite3 the rows.
        const rows: { id: number }[] = Array.isArray(result) ? result : result.rows
        return { sql: list.sql, ids: rows.map((row) => Number(row.id)) }
      }
      const one = await pick([7], 'id')
      const many = await pick(
        Array.from({ length: 200 }, (_, i) => i * 3 + 1).filter((id) => id < 300),
        'id'
      )
      assert.deepEqual(one.ids, [7])
      assert.lengthOf(many.ids, 100)
      assert.deepEqual(many.ids.slice(0, 3), [1, 4, 7])
      assert.equal(one.sql, many.sql)
      const codes = await pick(['c2', 'c299', 'nope'], 'code')
      assert.deepEqual(codes.ids, [2, 299])
    })
  })

  test('whereInList picks exactly the listed rows, codes with quotes, commas and braces too', async ({
    assert,
  }) => {
    await withTable(async (trx) => {
      const codes = ['plain', 'a"quote', 'a,comma', '{brace}', 'back\\slash', "it's", 'NULL', ' ']
      await trx
        .table('zz_id_lists')
        .multiInsert(
          [...codes, 'other', 'plain2'].map((code, id) => ({ id, code, note: '', at: '' }))
        )
      const picked = await whereInList(trx.from('zz_id_lists'), 'code', codes)
        .orderBy('id')
        .select('code')
      assert.deepEqual(
        picked.map((row) => row.code),
        codes
      )
      const none = await whereInList(trx.from('zz_id_lists'), 'id', []).select('id')
      assert.lengthOf(none, 0)
    })
  })

  test('insertPerId writes one row per id with the fixed columns, and updates by a long id list', async ({
    assert,
  }) => {
    await withTable(async (trx) => {
      // On PostgreSQL, more ids than one statement could carry as separate parameters (65,535).
      const count = trx.dialect.name === 'postgres' ? 70_000 : 20_000
      const ids = Array.from({ length: count }, (_, index) => index * 2 + 1)
      await insertPerId(trx, 'zz_id_lists', 'id', ids, { code: 'c', note: "o'k", at: 'then' })

      const [stored] = await trx
        .from('zz_id_lists')
        .where({ code: 'c', note: "o'k", at: 'then' })
        .count('* as total')
        .min('id as low')
        .max('id as high')
      assert.deepEqual(
        { total: Number(stored.total), low: Number(stored.low), high: Number(stored.high) },
        { total: count, low: 1, high: count * 2 - 1 }
      )

      await trx.table('zz_id_lists').insert({ id: 2, code: 'c', note: 'not listed', at: '' })
      const changed = await whereInList(trx.from('zz_id_lists'), 'id', ids).update({
        note: 'changed',
      })
      assert.equal(Number(changed), count)
    })
  })

  test('countsPer: rows per listed value, by number or by code, a value no row holds absent', async ({
    assert,
  }) => {
    await withTable(async (trx) => {
      await trx.table('zz_id_lists').multiInsert(
        Array.from({ length: 30 }, (_, id) => ({
          id: id % 4,
          code: `c${id % 3}`,
          note: '',
          at: '',
        }))
      )
      const byId = await countsPer('zz_id_lists', 'id', [0, 2, 3, 99], trx)
      assert.deepEqual([...byId].sort(), [
        [0, 8],
        [2, 7],
        [3, 7],
      ])
      const byCode = await countsPer('zz_id_lists', 'code', ['c1', "c'1", 'c2'], trx)
      assert.deepEqual([...byCode].sort(), [
        ['c1', 10],
        ['c2', 10],
      ])
      const none = await countsPer('zz_id_lists', 'id', [], trx)
      assert.equal(none.size, 0)
    })
  })
})
