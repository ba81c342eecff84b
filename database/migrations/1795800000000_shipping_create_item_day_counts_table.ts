import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Items counted per (status, day created), kept by triggers on
 * `shipping_items` in the transaction of every write, like
 * `shipping_item_counts` (ADR 0016): a deep page of a list in creation
 * order skips whole days by their counts instead of walking every item
 * before it.
 *
 * A day is the first ten characters of the creation time as the database
 * orders it: the UTC date on PostgreSQL, the stored text's date on SQLite
 * (`yyyy-MM-dd HH:mm:ss`), so "created before day D" is one comparison on
 * the list's own index. Slots (`id % 8`) and key order as in the counts.
 *
 * On PostgreSQL these triggers fire after the counts' own (triggers of one
 * event fire in name order), so every write takes the count rows, then the
 * day rows, each in key order.
 */
const SLOTS = 8

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('shipping_item_day_counts', (table) => {
      table.string('status', 16).notNullable()
      table.string('day', 10).notNullable()
      table.smallint('slot').notNullable()
      table.bigInteger('total').notNullable()
      table.primary(['status', 'day', 'slot'])
    })
    this.defer(async (client) => {
      const postgres = client.dialect.name === 'postgres'
      if (postgres) {
        // No write may land between the triggers' creation and the count below.
        await client.rawQuery('lock table shipping_items in share row exclusive mode')
        for (const statement of postgresTriggers) await client.rawQuery(statement)
      } else {
        for (const statement of sqliteTriggers) await client.rawQuery(statement)
      }
      const day = postgres ? postgresDay('shipping_items') : sqliteDay('shipping_items')
      await client.rawQuery(
        `insert into shipping_item_day_counts (status, day, slot, total)
         select status, ${day}, id % ${SLOTS}, count(*)
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
                (event) => `drop trigger shipping_item_day_counts_on_${event} on shipping_items`
              ),
              'drop function shipping_item_day_counts_apply()',
              'drop function shipping_item_day_counts_reset()',
            ]
          : ['insert', 'update', 'delete'].map(
              (event) => `drop trigger shipping_item_day_counts_on_${event}`
            )
      for (const statement of drops) await client.rawQuery(statement)
    })
    this.schema.dropTable('shipping_item_day_counts')
  }
}

const postgresDay = (row: string) =>
  `to_char(${row}.timestamp_created at time zone 'UTC', 'YYYY-MM-DD')`
const sqliteDay = (row: string) => `substr(${row}.timestamp_created, 1, 10)`

const key = (row: string) => `${row}.status, ${postgresDay(row)}, ${row}.id % ${SLOTS}`

/** Adds each group of `changes` (rows of status, day, slot, delta) to its count. */
const applyChanges = (changes: string) =>
  `insert into shipping_item_day_counts as counts (status, day, slot, total)
   select status, day, slot, sum(delta) from (${changes}) as changes (status, day, slot, delta)
   group by status, day, slot
   having sum(delta) <> 0
   order by status, day, slot
   on conflict (status, day, slot) do update set total = counts.total + excluded.total;`

const postgresTriggers = [
  `create function shipping_item_day_counts_apply() returns trigger language plpgsql as $$
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
  `create function shipping_item_day_counts_reset() returns trigger language plpgsql as $$
   begin
     delete from shipping_item_day_counts;
     return null;
   end $$`,
]
for (const [event, tables] of [
  ['insert', 'new table as added'],
  ['update', 'new table as added old table as removed'],
  ['delete', 'old table as removed'],
] as const) {
  postgresTriggers.push(
    `create trigger shipping_item_day_counts_on_${event} after ${event} on shipping_items
     referencing ${tables} for each statement execute function shipping_item_day_counts_apply()`
  )
}
postgresTriggers.push(
  `create trigger shipping_item_day_counts_on_truncate after truncate on shipping_items
   for each statement execute function shipping_item_day_counts_reset()`
)

const sqliteUpsert = (row: 'new' | 'old', delta: 1 | -1) =>
  `insert into shipping_item_day_counts (status, day, slot, total)
   values (${row}.status, ${sqliteDay(row)}, ${row}.id % ${SLOTS}, ${delta})
   on conflict (status, day, slot) do update set total = total + ${delta};`

const sqliteTriggers = [
  `create trigger shipping_item_day_counts_on_insert after insert on shipping_items
   begin ${sqliteUpsert('new', 1)} end`,
  `create trigger shipping_item_day_counts_on_update
   after update of status, timestamp_created on shipping_items
   when old.status is not new.status or old.timestamp_created is not new.timestamp_created
   begin ${sqliteUpsert('old', -1)} ${sqliteUpsert('new', 1)} end`,
  `create trigger shipping_item_day_counts_on_delete after delete on shipping_items
   begin ${sqliteUpsert('old', -1)} end`,
]
