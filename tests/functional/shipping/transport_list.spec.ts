import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { UpdateProfile } from '#users/actions/update_profile'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { centers, loadedTransport, signedInStaff, startTransport } from '#tests/support/logistics'

const API = '/api/v1/shipping/transports'

/**
 * The transport list reads plain rows (no model per transport, center or
 * person); a transport's own answer reads its model. Both must say the
 * same, on either database: every field, each embedded center with its
 * staff and the driver's profile, its date of birth included.
 */
test.group('Transport list: the rows it reads', (group) => {
  freshIdentityState(group)

  async function setting() {
    const [icn] = await centers('ICN', 'PUS')
    const { trip, driver } = await loadedTransport(1)
    await new UpdateProfile().handle(driver.user.uuid, {
      fullname: 'Lee Driver',
      dob: '1988-02-29',
    })
    const member = await createUser({ type: 'STAFF', fullname: 'Kim Staff', isAdmin: true })
    const staff = await app.container.make(AddCenterStaff)
    await staff.handle(icn.uuid, member.uuid)
    return { trip, driver, member, viewer: await signedInStaff() }
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
})
