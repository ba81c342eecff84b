import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { dbTimestamp } from '#core/db/timestamps'
import { freshIdentityState } from '#tests/support/identity'
import {
  centers,
  items,
  loadedTransport,
  signedInStaff,
  startTransport,
} from '#tests/support/logistics'
import ShippingItem from '#shipping/models/shipping_item'
import { ItemCounts } from '#shipping/queries/item_counts'
import { ListItems } from '#shipping/queries/list_items'
import { listItemsValidator } from '#shipping/validators/list_validators'
import ItemsRecount from '#shipping/commands/items_recount'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { ChangeItem } from '#shipping/actions/change_item'
import { DeleteItem } from '#shipping/actions/delete_item'

const ITEMS = '/api/v1/shipping/shippingitems/'

/** What the maintained counts say, next to what counting the table says. */
async function countsAgainstTable() {
  const kept: { status: string; center_code: string; total: number | string }[] = await db
    .from('shipping_item_counts')
    .select('status', 'center_code')
    .sum('total as total')
    .groupBy('status', 'center_code')
  const counted: { status: string; center_code: string; total: number | string }[] = await db
    .from('shipping_items')
    .select('status', db.raw(`coalesce(current_distribution_center_code, '') as center_code`))
    .count('* as total')
    .groupBy('status', 'current_distribution_center_code')
  const shape = (rows: typeof kept) =>
    Object.fromEntries(
      rows
        .filter((row) => Number(row.total) !== 0)
        .map((row) => [`${row.status} ${row.center_code}`, Number(row.total)])
    )
  return { kept: shape(kept), counted: shape(counted) }
}

/** The maintained items per (status, day created), next to the table's own. */
async function dayCountsAgainstTable() {
  const kept: { status: string; day: string; total: number | string }[] = await db
    .from('shipping_item_day_counts')
    .select('status', 'day')
    .sum('total as total')
    .groupBy('status', 'day')
  const rows: { status: string; timestamp_created: Date | string }[] = await db
    .from('shipping_items')
    .select('status', 'timestamp_created')
  const counted: Record<string, number> = {}
  for (const row of rows) {
    // PostgreSQL: the UTC date; SQLite: the stored text's date.
    const created = row.timestamp_created
    const day =
      typeof created === 'string' ? created.slice(0, 10) : created.toISOString().slice(0, 10)
    counted[`${row.status} ${day}`] = (counted[`${row.status} ${day}`] ?? 0) + 1
  }
  const shape = Object.fromEntries(
    kept
      .filter((row) => Number(row.total) !== 0)
      .map((row) => [`${row.status} ${row.day}`, Number(row.total)])
  )
  return { kept: shape, counted }
}

/** `items` spread over days: `perDay[i]` items created on the i-th day of 2026. */
async function itemsOverDays(perDay: number[]) {
  const created = await items(perDay.reduce((sum, count) => sum + count, 0))
  let next = 0
  for (const [index, count] of perDay.entries()) {
    // In UTC, so SQLite's text holds the same date as PostgreSQL's UTC day
    // whatever the machine's zone.
    const day = DateTime.fromISO('2026-01-01T00:00:00Z', { zone: 'utc' }).plus({ days: index })
    for (const [position, item] of created.slice(next, next + count).entries()) {
      // The first two of a day share its first second (the id decides);
      // the last is its last second.
      const second = position < 2 ? 0 : position === count - 1 ? 86_399 : position * 60
      await ShippingItem.query()
        .where('id', item.id)
        .update({ timestamp_created: dbTimestamp(db.connection(), day.plus({ seconds: second })) })
    }
    next += count
  }
  return created
}

test.group('Item counts (ADR 0016)', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('every kind of write keeps the counts equal to the table', async ({ assert }) => {
    const { trip, cargo } = await loadedTransport(5)
    const loose = await items(3)
    await startTransport(trip.uuid)
    const change = await app.container.make(ChangeItem)
    await change.handle(loose[0].trackingNumber, { status: 'DAMAGED' }, null)
    await change.handle(loose[1].trackingNumber, { sku: 'RENAMED' }, null)
    const remove = await app.container.make(DeleteItem)
    await remove.handle(loose[2].trackingNumber)
    const complete = await app.container.make(CompleteTransport)
    await complete.handle(trip.uuid, { actor: null })
    // A write outside every action (a console session, a data fix).
    await ShippingItem.query().where('id', cargo[0].id).update({ status: 'LOST' })

    const { kept, counted } = await countsAgainstTable()
    assert.deepEqual(kept, counted)
    const days = await dayCountsAgainstTable()
    assert.deepEqual(days.kept, days.counted)
    assert.includeMembers(
      Object.keys(days.kept).map((key) => key.split(' ')[0]),
      ['COMPLETED', 'LOST', 'DAMAGED', 'CREATED']
    )
    assert.deepEqual(kept, {
      'COMPLETED PUS': 4,
      'LOST PUS': 1,
      'DAMAGED ': 1,
      'CREATED ': 1,
    })
    const counts = new ItemCounts()
    assert.equal(await counts.matching({}), 7)
    assert.equal(await counts.matching({ status: 'COMPLETED', centerCode: 'PUS' }), 4)
    assert.equal(await counts.matching({ centerCode: 'PUS' }), 5)
    const byStatus = await counts.byStatus()
    assert.equal(byStatus.get('MOVING'), 0)
  })

  test('a write that fails leaves the counts as they were', async ({ assert }) => {
    await items(2)
    const before = await countsAgainstTable()
    await assert.rejects(() =>
      db.transaction(async (trx) => {
        await trx.from('shipping_items').update({ status: 'LOST' })
        throw new Error('rolled back')
      })
    )
    assert.deepEqual(await countsAgainstTable(), before)
    assert.deepEqual(before.kept, { 'CREATED ': 2 })
    const days = await dayCountsAgainstTable()
    assert.deepEqual(days.kept, days.counted)
  })

  test('every page is the same whichever end it is read from', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const created = await items(23)
    // Ties on the timestamp (the id decides) and items never completed
    // (NULLs, which each database sorts at one end).
    const same = dbTimestamp(db.connection(), DateTime.fromISO('2026-01-01T00:00:00Z'))
    await ShippingItem.query()
      .whereIn(
        'id',
        created.slice(5, 15).map((item) => item.id)
      )
      .update({ timestamp_created: same, timestamp_completed: same })
    await ShippingItem.query()
      .whereIn(
        'id',
        created.slice(0, 3).map((item) => item.id)
      )
      .update({ status: 'LOST' })

    for (const query of [
      {},
      { status: 'CREATED' },
      { ordering: 'timestamp_created' },
      { ordering: '-timestamp_completed,timestamp_created' },
      { ordering: 'timestamp_completed' },
    ]) {
      // The whole list in one page, ordered by the database directly.
      const whole = await client
        .get(ITEMS)
        .qs({ ...query, page_size: 100 })
        .headers(staff.headers)
      whole.assertStatus(200)
      const expected: string[] = whole.body().results.map((item: any) => item.tracking_number)
      assert.lengthOf(expected, query.status ? 20 : 23)

      const paged: string[] = []
      for (let page = 1; paged.length < expected.length; page++) {
        const response = await client
          .get(ITEMS)
          .qs({ ...query, page_size: 4, page })
          .headers(staff.headers)
        response.assertStatus(200)
        assert.equal(response.body().count, expected.length)
        paged.push(...response.body().results.map((item: any) => item.tracking_number))
      }
      assert.deepEqual(paged, expected, JSON.stringify(query))
    }
  })

  test('deep pages skip whole days and stay the same pages', async ({ client, assert }) => {
    const staff = await signedInStaff()
    // Days of 5, 1, 7, 3 and 6 items: pages of 4 start inside days, at
    // their first rows and across several of them.
    const created = await itemsOverDays([5, 1, 7, 3, 6])
    await ShippingItem.query()
      .whereIn(
        'id',
        [0, 6, 13].map((index) => created[index].id)
      )
      .update({ status: 'DAMAGED' })
    const days = await dayCountsAgainstTable()
    assert.deepEqual(days.kept, days.counted)

    const expectedPages = async (query: Record<string, string>) => {
      const whole = await client
        .get(ITEMS)
        .qs({ ...query, page_size: 100 })
        .headers(staff.headers)
      whole.assertStatus(200)
      return whole.body().results.map((item: any) => item.tracking_number) as string[]
    }
    const queries: Record<string, string>[] = [
      {},
      { status: 'CREATED' },
      { ordering: 'timestamp_created' },
      { status: 'CREATED', ordering: 'timestamp_created,-timestamp_completed' },
    ]
    const expected = await Promise.all(queries.map(expectedPages))
    assert.lengthOf(expected[0], 22)
    assert.lengthOf(expected[1], 19)

    const skipDaysFrom = ListItems.skipDaysFrom
    ListItems.skipDaysFrom = 0
    try {
      // The path under test is taken: 8 items in, newest first, are past
      // the last day's 6 and inside the 3 of 4 January.
      const { query: deep } = await new ListItems().sliceStatement(
        await listItemsValidator.validate({}),
        { offset: 8, limit: 4 }
      )
      assert.match(deep.toQuery(), /["`]timestamp_created["`] < '2026-01-05/)

      for (const [index, query] of queries.entries()) {
        const paged: string[] = []
        for (let page = 1; paged.length < expected[index].length; page++) {
          const response = await client
            .get(ITEMS)
            .qs({ ...query, page_size: 4, page })
            .headers(staff.headers)
          response.assertStatus(200)
          paged.push(...response.body().results.map((item: any) => item.tracking_number))
        }
        assert.deepEqual(paged, expected[index], JSON.stringify(query))
      }
      // The last item of the list, read from its far end, one per page.
      const last = await client.get(ITEMS).qs({ page_size: 1, page: 'last' }).headers(staff.headers)
      assert.deepEqual(
        last.body().results.map((item: any) => item.tracking_number),
        expected[0].slice(-1)
      )
    } finally {
      ListItems.skipDaysFrom = skipDaysFrom
    }
  })

  test('items:recount rebuilds counts a write got past', async ({ assert }) => {
    const [first] = await itemsOverDays([2, 3])
    await ShippingItem.query().where('id', first.id).update({ status: 'LOST' })
    // Counts a write got past: emptied, or counted below zero (what SQLite's
    // table-by-table truncate leaves).
    await db.from('shipping_item_counts').delete()
    await db.from('shipping_item_day_counts').update({ total: -7 })
    const broken = await countsAgainstTable()
    assert.notDeepEqual(broken.kept, broken.counted)

    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    try {
      const command = await ace.create(ItemsRecount, [])
      await command.exec()
      command.assertSucceeded()
      command.assertLog('[ green(success) ] Item counts rebuilt: 5 items')
    } finally {
      ace.ui.switchMode('normal')
    }

    const counts = await countsAgainstTable()
    assert.deepEqual(counts.kept, counts.counted)
    assert.deepEqual(counts.kept, { 'CREATED ': 4, 'LOST ': 1 })
    const days = await dayCountsAgainstTable()
    assert.deepEqual(days.kept, days.counted)
    assert.lengthOf(Object.keys(days.kept), 3)
  })
})
