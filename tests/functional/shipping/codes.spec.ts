import { setTimeout as sleep } from 'node:timers/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { CODE_MESSAGE } from '#core/validation/code'
import ShippingItem from '#shipping/models/shipping_item'
import { CreateItem } from '#shipping/actions/create_item'
import { newItemUuid, withFreshCode } from '#shipping/services/codes'
import { freshIdentityState } from '#tests/support/identity'
import {
  batch,
  centers,
  errorEntries,
  signedInAdmin,
  signedInStaff,
  transport,
} from '#tests/support/logistics'

const BATCHES = '/api/v1/shipping/batches/'
const CENTERS = '/api/v1/distribution/centers/'

/** Aliases a client might send, reachable by a route or not. */
const CANDIDATES = ['pt.dot', 'pt/../x', '..', 'a b', 'a%2Fb', 'é', 'x?y', 'x#y', 'pt~1', 'Pt-1_x']

/**
 * Finding 10: a batch alias or a center code the API accepts is one its
 * routes can reach; anything else is a 400 on the field.
 */
test.group('Codes in paths (batch aliases, center codes)', (group) => {
  freshIdentityState(group)

  test('every alias the API accepts can be read and deleted by its route', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const accepted: string[] = []
    for (const alias of CANDIDATES) {
      const created = await client.post(BATCHES).headers(staff.headers).json({ alias })
      if (created.status() === 400) {
        assert.deepEqual(errorEntries(created), ['alias invalid'], alias)
        assert.equal(created.body().errors[0].message, CODE_MESSAGE)
        continue
      }
      assert.equal(created.status(), 201, alias)
      accepted.push(alias)
      const url = `${BATCHES}${encodeURIComponent(alias)}/`
      const read = await client.get(url).headers(staff.headers)
      assert.equal(read.status(), 200, `GET ${url}`)
      assert.equal(read.body().alias, alias)
      const removed = await client.delete(url).headers(staff.headers)
      assert.equal(removed.status(), 204, `DELETE ${url}`)
    }
    assert.deepEqual(accepted, ['Pt-1_x'])
  })

  test('renaming a batch or adding one to a transport refuses unreachable aliases', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    await centers('ICN', 'PUS')
    const manifest = await batch()
    const trip = await transport('ICN', 'PUS')

    const renamed = await client
      .patch(`${BATCHES}${manifest.alias}/`)
      .headers(staff.headers)
      .json({ alias: 'pt.dot' })
    renamed.assertStatus(400)
    assert.deepEqual(errorEntries(renamed), ['alias invalid'])

    const added = await client
      .post(`/api/v1/shipping/transports/${trip.uuid}/add/`)
      .headers(staff.headers)
      .json([{ alias: manifest.alias }, { alias: 'pt/../x' }])
    added.assertStatus(400)
    assert.deepEqual(errorEntries(added), ['1.alias invalid'])
  })

  test('center codes and transport center codes take the same format', async ({
    client,
    assert,
  }) => {
    const admin = await signedInAdmin()
    const staff = await signedInStaff()
    for (const code of ['IC.N', 'IC/N', 'IC N']) {
      const created = await client
        .post(CENTERS)
        .headers(admin.headers)
        .json({ center_code: code, name: 'X' })
      created.assertStatus(400)
      assert.deepEqual(errorEntries(created), ['center_code invalid'], code)

      const trip = await client.post('/api/v1/shipping/transports/').headers(staff.headers).json({
        distribution_center_code_source: code,
        distribution_center_code_destination: 'PUS',
      })
      trip.assertStatus(400)
      assert.deepEqual(errorEntries(trip), ['distribution_center_code_source invalid'], code)
    }
    const ok = await client
      .post(CENTERS)
      .headers(admin.headers)
      .json({ center_code: 'IC-N_2', name: 'X' })
    ok.assertStatus(201)
  })
})

/** An item row as `CreateItem` writes it, with a chosen tracking number and uuid. */
const itemRow = (trackingNumber: string, uuid: string = newItemUuid()) => ({
  uuid,
  trackingNumber,
  sku: 'CODES',
  status: 'CREATED' as const,
  currentDistributionCenterCode: null,
  timestampCreated: DateTime.now(),
  timestampCompleted: null,
})

test.group('Generated codes (withFreshCode)', (group) => {
  freshIdentityState(group)

  test('a drawn code that is taken runs the whole transaction again, with nothing of the first kept', async ({
    assert,
  }) => {
    await ShippingItem.create(itemRow('20260101-0000000001'))
    const drawn = ['20260101-0000000001', '20260101-0000000002']
    const attempts: number[] = []
    const created = await withFreshCode('tracking_number', (attempt) =>
      db.transaction(async (trx) => {
        attempts.push(attempt)
        // Written in the attempt before the coded insert: the collision must roll it back.
        await ShippingItem.create(itemRow(`20260101-900000000${attempt}`), { client: trx })
        return ShippingItem.create(itemRow(drawn[attempt - 1]), { client: trx })
      })
    )
    assert.deepEqual(attempts, [1, 2])
    assert.equal(created.trackingNumber, '20260101-0000000002')
    const numbers = await db.from('shipping_items').where('sku', 'CODES').select('tracking_number')
    assert.sameMembers(
      numbers.map((row) => row.tracking_number),
      ['20260101-0000000001', '20260101-0000000002', '20260101-9000000002']
    )
  })

  test('another unique violation is not retried, and collisions stop after five draws', async ({
    assert,
  }) => {
    const taken = await ShippingItem.create(itemRow('20260101-0000000001'))
    let attempts = 0
    const sameUuid = withFreshCode('tracking_number', () => {
      attempts++
      return ShippingItem.create(itemRow(`20260101-000000009${attempts}`, taken.uuid))
    })
    await assert.rejects(() => sameUuid)
    assert.equal(attempts, 1)

    attempts = 0
    const alwaysTaken = withFreshCode('tracking_number', () => {
      attempts++
      return ShippingItem.create(itemRow('20260101-0000000001'))
    })
    await assert.rejects(() => alwaysTaken)
    assert.equal(attempts, 5)
  })

  test('an item gets a version-7 uuid: items made later sort after earlier ones', async ({
    assert,
  }) => {
    const createItem = await app.container.make(CreateItem)
    const uuids: string[] = []
    for (let i = 0; i < 3; i++) {
      const item = await createItem.handle({ sku: 'CODES', actor: null })
      uuids.push(item.uuid)
      // The order is by millisecond: two items in the same one may sort either way.
      await sleep(2)
    }
    for (const uuid of uuids)
      assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    assert.deepEqual([...uuids].sort(), uuids)
    const stored = await db.from('shipping_items').whereIn('uuid', uuids).count('* as total')
    assert.equal(Number(stored[0].total), 3)
  })
})
