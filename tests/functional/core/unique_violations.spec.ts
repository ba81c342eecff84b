import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isUniqueViolation } from '#core/db/errors'

/**
 * The error a second insert of `row` raises into a table with two unique
 * columns and a composite unique key (`zone`, `slot`).
 */
async function violation(row: { code: string; alias: string; zone?: string; slot?: number }) {
  const trx = await db.transaction()
  try {
    await trx.rawQuery(
      'create table zz_unique (id integer primary key, code varchar(20) not null unique, ' +
        'alias varchar(20) not null unique, zone varchar(20) null, slot integer null, ' +
        'unique (zone, slot))'
    )
    await trx.table('zz_unique').insert({ id: 1, code: 'c1', alias: 'a1', zone: 'z', slot: 1 })
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

    const onPair = await violation({ code: 'c2', alias: 'a2', zone: 'z', slot: 1 })
    assert.isTrue(isUniqueViolation(onPair, 'zone'))
    assert.isTrue(isUniqueViolation(onPair, 'slot'))
    assert.isFalse(isUniqueViolation(onPair, 'code'))
  })

  test("PostgreSQL's detail in another language, or none: the key, then the index's name", ({
    assert,
  }) => {
    const german = {
      code: '23505',
      message: 'insert into "zz" ("code", "alias") values ($1, $2) - doppelter Schlüsselwert',
      detail: 'Schlüssel »(alias)=(a1)« existiert bereits.',
      constraint: 'zz_alias_unique',
      table: 'zz',
    }
    assert.isTrue(isUniqueViolation(german, 'alias'))
    assert.isFalse(isUniqueViolation(german, 'code'))

    const hidden = {
      code: '23505',
      message: 'insert into "zz" ("code", "alias") …',
      constraint: 'zz_tracking_number_unique',
      table: 'zz',
    }
    assert.isTrue(isUniqueViolation(hidden, 'tracking_number'))
    assert.isFalse(isUniqueViolation(hidden, 'number'))
    assert.isFalse(isUniqueViolation(hidden, 'code'))
  })
})
