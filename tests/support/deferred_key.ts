import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * A table with a deferred foreign key (PostgreSQL), which is checked at
 * COMMIT: an orphan row is accepted when written, and the COMMIT refused.
 * Answers the write of an orphan and the tables' removal.
 */
export async function deferredForeignKey() {
  await db.rawQuery('create table zz_deferred_parent (id integer primary key)')
  await db.rawQuery(
    'create table zz_deferred_child (parent_id integer not null ' +
      'references zz_deferred_parent (id) deferrable initially deferred)'
  )
  return {
    orphan: (trx: TransactionClientContract) =>
      trx.table('zz_deferred_child').insert({ parent_id: 404 }),
    drop: async () => {
      await db.rawQuery('drop table zz_deferred_child')
      await db.rawQuery('drop table zz_deferred_parent')
    },
  }
}
