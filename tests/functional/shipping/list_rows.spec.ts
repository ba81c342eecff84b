import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { UpdateProfile } from '#users/actions/update_profile'
import { createUser, freshIdentityState } from '#tests/support/identity'
import {
  assignDriver,
  batch,
  centers,
  loadedTransport,
  signedInStaff,
  startTransport,
  transport,
} from '#tests/support/logistics'

const API = '/api/v1/shipping/transports'
const BATCHES = '/api/v1/shipping/batches'

/**
 * The transport and batch lists read plain rows (no model per transport,
 * batch, center or person); a transport's or a batch's own answer reads its
 * row through the model. Both must say the same on either database. What
 * they embed is read by the same code in both, so it is held to the values
 * it must have: centers with their staff in the order they joined (one
 * without a profile row), the driver's profile with a date of birth.
 */
test.group('Transport and batch lists: the rows they read', (group) => {
  freshIdentityState(group)

  async function setting() {
    const [icn] = await centers('ICN', 'PUS')
    const { trip, driver, manifest } = await loadedTransport(1)
    await new UpdateProfile().handle(driver.user.uuid, {
      fullname: 'Lee Driver',
      dob: '1988-02-29',
    })
    const member = await createUser({ type: 'STAFF', fullname: 'Kim Staff', isAdmin: true })
    const staff = await app.container.make(AddCenterStaff)
    await staff.handle(icn.uuid, member.uuid)
    return { trip, driver, manifest, member, icn, viewer: await signedInStaff() }
  }

  test('a listed transport is its own answer: centers with staff, the driver with a date of birth', async ({
    client,
    assert,
  }) => {
    const { trip, driver, member, viewer } = await setting()
    const list = await client.get(`${API}/`).headers(viewer.headers)
    list.assertStatus(200)
    const shown = await client.get(`${API}/${trip.uuid}/`).headers(viewer.headers)
    shown.assertStatus(200)

    assert.equal(list.body().count, 1)
    const [listed] = list.body().results
    assert.deepEqual(listed, shown.body())
    assert.containsSubset(listed, {
      uuid: trip.uuid,
      completed: false,
      batch_count: 1,
      driver: {
        uuid: driver.user.uuid,
        fullname: 'Lee Driver',
        dob: '1988-02-29',
        username: driver.user.username,
        phonenumber: driver.user.phonenumber,
        type: 'DRIVER',
        image: null,
      },
      timestamp_departed: null,
      timestamp_arrived: null,
    })
    assert.deepEqual(listed.distribution_center_source.staff_members, [
      {
        fullname: 'Kim Staff',
        image: null,
        permission_group: ['admin'],
        uuid: member.uuid,
        phonenumber: member.phonenumber,
        username: member.username,
        type: 'STAFF',
      },
    ])
    assert.deepEqual(listed.distribution_center_destination.staff_members, [])
    assert.match(listed.timestamp_created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+09:00$/)
  })

  test('an arrived transport lists as it reads: completed, with both times', async ({
    client,
    assert,
  }) => {
    const { trip, viewer } = await setting()
    await startTransport(trip.uuid)
    const complete = await app.container.make(CompleteTransport)
    await complete.handle(trip.uuid, { actor: null })

    const list = await client.get(`${API}/?state=arrived`).headers(viewer.headers)
    list.assertStatus(200)
    const shown = await client.get(`${API}/${trip.uuid}/`).headers(viewer.headers)
    const [listed] = list.body().results
    assert.deepEqual(listed, shown.body())
    assert.isTrue(listed.completed)
    assert.isString(listed.timestamp_departed)
    assert.isString(listed.timestamp_arrived)

    const waiting = await client.get(`${API}/?completed=false`).headers(viewer.headers)
    assert.equal(waiting.body().count, 0)
  })

  test('a listed batch is its own answer, on its transport or not, open or completed', async ({
    client,
    assert,
  }) => {
    const { trip, manifest, viewer } = await setting()
    const alone = await batch()

    const listed = async (path: string) => {
      const list = await client.get(path).headers(viewer.headers)
      list.assertStatus(200)
      return list.body().results as { alias: string }[]
    }
    const shown = async (alias: string) => {
      const answer = await client.get(`${BATCHES}/${alias}/`).headers(viewer.headers)
      answer.assertStatus(200)
      return answer.body()
    }

    const open = await listed(`${BATCHES}/`)
    assert.sameMembers(
      open.map((row) => row.alias),
      [manifest.alias, alone.alias]
    )
    for (const row of open) assert.deepEqual(row, await shown(row.alias))
    const loaded = await shown(manifest.alias)
    assert.containsSubset(loaded, {
      completed: false,
      timestamp_completed: null,
      shipping_transport: { uuid: trip.uuid, driver: { dob: '1988-02-29' } },
    })
    const unloaded = await shown(alone.alias)
    assert.isNull(unloaded.shipping_transport)

    await startTransport(trip.uuid)
    const complete = await app.container.make(CompleteTransport)
    await complete.handle(trip.uuid, { actor: null })
    const [done] = await listed(`${API}/${trip.uuid}/batches/`)
    assert.deepEqual(done, await shown(manifest.alias))
    assert.containsSubset(done, { completed: true, shipping_transport: { completed: true } })
    assert.isString((done as any).timestamp_completed)
    const stillOpen = await listed(`${BATCHES}/?completed=false`)
    assert.deepEqual(
      stillOpen.map((row) => row.alias),
      [alone.alias]
    )
  })

  test('embedded people: staff in the order they joined, one without a profile row, a driver on two transports', async ({
    client,
    assert,
  }) => {
    const { driver, member, icn, viewer } = await setting()
    const second = await transport('PUS', 'ICN')
    await assignDriver(second.uuid, driver.user.uuid)
    const [center] = await db.from('distribution_centers').where('uuid', icn.uuid).select('id')
    const earlier = await createUser({ type: 'STAFF', fullname: 'Park Staff' })
    const staff = await app.container.make(AddCenterStaff)
    await staff.handle(icn.uuid, earlier.uuid)
    // Joined before Kim, though added after: the order is by joining time.
    for (const [uuid, at] of [
      [earlier.uuid, '2026-01-01 09:00:00'],
      [member.uuid, '2026-01-02 09:00:00'],
    ]) {
      await db
        .from('distribution_center_staff')
        .where({ center_id: center.id, user_uuid: uuid })
        .update({ created_at: at })
    }
    // An account whose profile row is missing (written before profiles existed, say).
    const [account] = await db.from('users').where('uuid', earlier.uuid).select('id')
    await db.from('user_profiles').where('user_id', account.id).delete()

    const list = await client.get(`${API}/`).headers(viewer.headers)
    list.assertStatus(200)
    const rows = list.body().results as any[]
    assert.lengthOf(rows, 2)
    assert.deepEqual(rows[0].driver, rows[1].driver)
    assert.equal(rows[0].driver.dob, '1988-02-29')
    const members = (row: any) =>
      row.distribution_center_source.center_code === 'ICN'
        ? row.distribution_center_source.staff_members
        : row.distribution_center_destination.staff_members
    for (const row of rows) {
      assert.deepEqual(
        members(row).map((person: any) => [person.uuid, person.fullname]),
        [
          [earlier.uuid, null],
          [member.uuid, 'Kim Staff'],
        ]
      )
    }
  })
})
