import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isUniqueViolation } from '#core/db/errors'

/** The error a second insert of `row` raises into a table with two unique columns. */
async function violation(row: { code: string; alias: string }) {
  const trx = await db.transaction()
  try {
    await trx.rawQuery(
      'create table zz_unique (id integer primary key, code varchar(20) not null unique, alias varchar(20) not null unique)'
    )
    await trx.table('zz_unique').insert({ id: 1, code: 'c1', alias: 'a1' })
    await trx.table('zz_unique').insert({ id: 2, ...row })
    throw new Error('the insert was expected to fail')
  } catch (error) {
    return error
  } finally {
    await trx.rollback()
  }
}

test.group('Unique violations (isUniqueViolation)', () => {
  test('names the duplicated column only, though the statement names every column', async ({
    assert,
  }) => {
    const onAlias = await violation({ code: 'c2', alias: 'a1' })
    assert.isTrue(isUniqueViolation(onAlias))
    assert.isTrue(isUniqueViolation(onAlias, 'alias'))
    assert.isFalse(isUniqueViolation(onAlias, 'code'))

    const onCode = await violation({ code: 'c1', alias: 'a2' })
    assert.isTrue(isUniqueViolation(onCode, 'code'))
    assert.isFalse(isUniqueViolation(onCode, 'alias'))
    assert.isFalse(isUniqueViolation(new Error('code alias'), 'code'))
  })
})
