import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { dbTimestamp } from '#core/db/timestamps'
import { freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import {
  addItems,
  apiKeyHeaders,
  batch,
  expectStatus,
  items,
  signedInDriver,
  signedInStaff,
} from '#tests/support/logistics'

const ITEMS = '/api/v1/shipping/shippingitems/'
const COMPLETED_AT = DateTime.fromISO('2026-03-04T05:06:07.000Z', { zone: 'utc' })

test.group('/api/v1/shipping/shippingitems/', (group) => {
  freshIdentityState(group)

  test("create has the reference shape; generated fields are the server's", async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const response = await client
      .post(ITEMS)
      .headers(staff.headers)
      .json({ sku: 'SKU-1', tracking_number: 'mine', timestamp_completed: '2026-01-01T00:00:00Z' })
    response.assertStatus(201)
    const body = response.body()
    assert.deepEqual(Object.keys(body), [
      'uuid',
      'tracking_number',
      'sku',
      'status',
      'shipping_batches_history',
      'current_distribution_center_code',
      'timestamp_created',
      'timestamp_completed',
    ])
    assert.notEqual(body.tracking_number, 'mine')
    assert.match(body.tracking_number, /^\d{8}-\d{10}$/)
    assert.equal(body.status, 'CREATED')
    assert.isNull(body.timestamp_completed)
    assert.match(body.timestamp_created, /\+09:00$/, 'rendered in the business time zone')

    const lost = await client.post(ITEMS).headers(staff.headers).json({ status: 'LOST' })
    lost.assertStatus(400)
    assert.equal(lost.body().errors[0].code, 'invalid_choice')
  })

  test('status changes follow the state machine; report records a note on the timeline', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const staff = await signedInStaff()
    const [item] = await items(1)
    const url = `${ITEMS}${item.trackingNumber}/`

    for (const status of ['MOVING', 'COMPLETED', '']) {
      const refused = await client.patch(url).headers(staff.headers).json({ status })
      refused.assertStatus(400)
      assert.equal(refused.body().errors[0].field, 'status')
    }
    const sku = await client.patch(url).headers(staff.headers).json({ sku: 'NEW' })
    sku.assertStatus(200)
    assert.equal(sku.body().sku, 'NEW')

    const reported = await client
      .post(`${url}report/`)
      .headers(staff.headers)
      .json({ status: 'DAMAGED', note: 'box crushed' })
    reported.assertStatus(200)
    assert.equal(reported.body().status, 'DAMAGED')

    const back = await client.patch(url).headers(staff.headers).json({ status: 'CREATED' })
    back.assertStatus(400)
    assert.equal(back.body().errors[0].code, 'invalid_transition')

    await drainQueues()
    const timeline = await client.get(`${url}events/`).headers(staff.headers)
    const last = timeline.body().results.at(-1)
    assert.include(last, { kind: 'STATUS_CHANGED', status: 'DAMAGED', note: 'box crushed' })
    assert.equal(last.actor, `user:${staff.user.uuid}`)
  })

  test('list: status filter, ordering, pagination, bad choice → 400', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const created = await items(12)
    const moving = await batch()
    await addItems(moving.alias, [created[0].trackingNumber, created[1].trackingNumber])

    const page1 = await client
      .get(ITEMS)
      .qs({ page_size: 5, ordering: 'timestamp_created' })
      .headers(staff.headers)
    page1.assertStatus(200)
    assert.equal(page1.body().count, 12)
    assert.equal(page1.body().items_per_page, 5)
    assert.lengthOf(page1.body().results, 5)
    const last = await client
      .get(ITEMS)
      .qs({ page_size: 5, page: 'last', ordering: 'timestamp_created' })
      .headers(staff.headers)
    assert.equal(last.body().current_page, 3)
    assert.lengthOf(last.body().results, 2)
    const seen = new Set<string>()
    for (const page of [1, 2, 3]) {
      const response = await client
        .get(ITEMS)
        .qs({ page_size: 5, page, ordering: 'timestamp_created' })
        .headers(staff.headers)
      for (const row of response.body().results) seen.add(row.tracking_number)
    }
    assert.equal(seen.size, 12, 'pages never overlap')

    const filtered = await client.get(ITEMS).qs({ status: 'MOVING' }).headers(staff.headers)
    assert.sameMembers(
      filtered.body().results.map((i: any) => i.tracking_number),
      [created[0].trackingNumber, created[1].trackingNumber]
    )
    assert.equal(filtered.body().results[0].shipping_batches_history[0].alias, moving.alias)

    const bad = await client.get(ITEMS).qs({ status: 'FLYING' }).headers(staff.headers)
    bad.assertStatus(400)
    bad.assertBody({
      errors: [
        {
          message: 'Select a valid choice. FLYING is not one of the available choices.',
          code: 'invalid_choice',
          field: 'status',
        },
      ],
    })

    const outOfRange = await client.get(ITEMS).qs({ page: 9 }).headers(staff.headers)
    outOfRange.assertStatus(404)
  })

  test('a listed item is the same JSON as its detail, dates and history included', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const [moving, done] = await items(2)
    const loaded = await batch()
    await addItems(loaded.alias, [moving.trackingNumber])
    // The list and the detail read plain rows, a change answers from the model: all three
    // must agree, for an item in a batch and one with a completion time.
    await db
      .from('shipping_items')
      .where('uuid', done.uuid)
      .update({ timestamp_completed: dbTimestamp(db.connection(), COMPLETED_AT.toLocal()) })

    const listed = await client.get(ITEMS).qs({ page_size: 100 }).headers(staff.headers)
    listed.assertStatus(200)
    for (const item of [moving, done]) {
      const detail = await client.get(`${ITEMS}${item.trackingNumber}/`).headers(staff.headers)
      const row = listed.body().results.find((result: any) => result.uuid === item.uuid)
      assert.deepEqual(row, detail.body())
      const unchanged = await client
        .patch(`${ITEMS}${item.trackingNumber}/`)
        .headers(staff.headers)
        .json({ sku: item.sku })
      unchanged.assertStatus(200)
      assert.deepEqual(unchanged.body(), detail.body())
    }
    assert.lengthOf(
      listed.body().results.find((result: any) => result.uuid === moving.uuid)
        .shipping_batches_history,
      1
    )
    const completed = listed.body().results.find((result: any) => result.uuid === done.uuid)
    assert.isString(completed.timestamp_completed)
    assert.equal(new Date(completed.timestamp_completed).toISOString(), COMPLETED_AT.toISO())
  })

  test('detail, 404 and delete', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const [item] = await items(1)
    const shown = await client.get(`${ITEMS}${item.trackingNumber}/`).headers(staff.headers)
    shown.assertStatus(200)
    assert.equal(shown.body().uuid, item.uuid)
    // The detail reads a plain row; a change answers from the model: the same item either way.
    const unchanged = await client
      .patch(`${ITEMS}${item.trackingNumber}/`)
      .headers(staff.headers)
      .json({ sku: item.sku })
    unchanged.assertStatus(200)
    assert.deepEqual(shown.body(), unchanged.body())

    const missing = await client.get(`${ITEMS}20260101-0000000000/`).headers(staff.headers)
    missing.assertStatus(404)
    missing.assertBody({
      errors: [{ message: 'No ShippingItem matches the given query.', code: 'not_found' }],
    })

    const removed = await client.delete(`${ITEMS}${item.trackingNumber}/`).headers(staff.headers)
    removed.assertStatus(204)
    const gone = await client.get(`${ITEMS}${item.trackingNumber}/`).headers(staff.headers)
    gone.assertStatus(404)
  })

  test('permissions: drivers 403, anonymous 401, API keys by scope', async ({ client, assert }) => {
    const driver = await signedInDriver()
    const forbidden = await client.get(ITEMS).headers(driver.headers)
    forbidden.assertStatus(403)
    assert.equal(forbidden.body().errors[0].code, 'permission_denied')
    const anonymous = await client.post(ITEMS).json({})
    anonymous.assertStatus(401)

    const reader = await apiKeyHeaders(['shipping:read'])
    await expectStatus(client.get(ITEMS).headers(reader), 200)
    await expectStatus(client.post(ITEMS).headers(reader).json({}), 403)
    const writer = await apiKeyHeaders(['shipping:write'])
    const created = await client.post(ITEMS).headers(writer).json({})
    created.assertStatus(201)
    await expectStatus(client.get(ITEMS).headers(await apiKeyHeaders(['users:read'])), 403)
  })
})
