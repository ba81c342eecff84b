import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Items counted per (status, current center), kept by triggers on
 * `shipping_items` in the transaction of every write, so a list's `count`
 * and the dashboard's per-status figures read a few rows instead of every
 * matching item (ADR 0016). An item without a center counts under ''.
 *
 * Each (status, center) is spread over 8 slots (`id % 8`): items created at
 * the same moment by different requests update different rows instead of
 * queueing on one. A statement's changes are applied as one upsert in key
 * order, so two transactions never take the same rows in opposite orders.
 *
 * PostgreSQL: statement-level triggers with transition tables (a bulk update
 * of 100,000 items is one grouped upsert). SQLite: row-level triggers.
 */
const SLOTS = 8

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('shipping_item_counts', (table) => {
      table.string('status', 16).notNullable()
      table.string('center_code', 16).notNullable()
      table.smallint('slot').notNullable()
      table.bigInteger('total').notNullable()
      table.primary(['status', 'center_code', 'slot'])
    })
    this.defer(async (client) => {
      if (client.dialect.name === 'postgres') {
        // No write may land between the triggers' creation and the count below.
        await client.rawQuery('lock table shipping_items in share row exclusive mode')
        for (const statement of postgresTriggers) await client.rawQuery(statement)
      } else {
        for (const statement of sqliteTriggers) await client.rawQuery(statement)
      }
      await client.rawQuery(
        `insert into shipping_item_counts (status, center_code, slot, total)
         select status, coalesce(current_distribution_center_code, ''), id % ${SLOTS}, count(*)
         from shipping_items group by 1, 2, 3`
      )
    })
  }

  async down() {
    this.defer(async (client) => {
      const drops =
        client.dialect.name === 'postgres'
          ? [
              ...['insert', 'update', 'delete', 'truncate'].map(
                (event) => `drop trigger shipping_item_counts_on_${event} on shipping_items`
              ),
              'drop function shipping_item_counts_apply()',
              'drop function shipping_item_counts_reset()',
            ]
          : ['insert', 'update', 'delete'].map(
              (event) => `drop trigger shipping_item_counts_on_${event}`
            )
      for (const statement of drops) await client.rawQuery(statement)
    })
    this.schema.dropTable('shipping_item_counts')
  }
}

const key = (row: string) =>
  `${row}.status, coalesce(${row}.current_distribution_center_code, ''), ${row}.id % ${SLOTS}`

/** Adds each group of `changes` (rows of status, center_code, slot, delta) to its count. */
const applyChanges = (changes: string) =>
  `insert into shipping_item_counts as counts (status, center_code, slot, total)
   select status, center_code, slot, sum(delta) from (${changes}) as changes (status, center_code, slot, delta)
   group by status, center_code, slot
   having sum(delta) <> 0
   order by status, center_code, slot
   on conflict (status, center_code, slot) do update set total = counts.total + excluded.total;`

// Each branch reads only the transition tables its event has (plpgsql plans
// a statement when it first runs it).
const postgresTriggers = [
  `create function shipping_item_counts_apply() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       ${applyChanges(`select ${key('added')}, 1 from added`)}
     elsif tg_op = 'DELETE' then
       ${applyChanges(`select ${key('removed')}, -1 from removed`)}
     else
       ${applyChanges(`select ${key('added')}, 1 from added union all select ${key('removed')}, -1 from removed`)}
     end if;
     return null;
   end $$`,
  // TRUNCATE fires no row or statement DELETE trigger.
  `create function shipping_item_counts_reset() returns trigger language plpgsql as $$
   begin
     delete from shipping_item_counts;
     return null;
   end $$`,
]
// A trigger with transition tables fires on one event.
for (const [event, tables] of [
  ['insert', 'new table as added'],
  ['update', 'new table as added old table as removed'],
  ['delete', 'old table as removed'],
] as const) {
  postgresTriggers.push(
    `create trigger shipping_item_counts_on_${event} after ${event} on shipping_items
     referencing ${tables} for each statement execute function shipping_item_counts_apply()`
  )
}
postgresTriggers.push(
  `create trigger shipping_item_counts_on_truncate after truncate on shipping_items
   for each statement execute function shipping_item_counts_reset()`
)

const sqliteUpsert = (row: 'new' | 'old', delta: 1 | -1) =>
  `insert into shipping_item_counts (status, center_code, slot, total)
   values (${key(row)}, ${delta})
   on conflict (status, center_code, slot) do update set total = total + ${delta};`

const sqliteTriggers = [
  `create trigger shipping_item_counts_on_insert after insert on shipping_items
   begin ${sqliteUpsert('new', 1)} end`,
  `create trigger shipping_item_counts_on_update
   after update of status, current_distribution_center_code on shipping_items
   when old.status is not new.status
     or old.current_distribution_center_code is not new.current_distribution_center_code
   begin ${sqliteUpsert('old', -1)} ${sqliteUpsert('new', 1)} end`,
  `create trigger shipping_item_counts_on_delete after delete on shipping_items
   begin ${sqliteUpsert('old', -1)} end`,
]
