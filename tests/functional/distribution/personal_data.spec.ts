import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { apiKeyHeaders, centers, loadedTransport, signedInStaff } from '#tests/support/logistics'

const API = '/api/v1'

/** Every `staff_members` array anywhere in a JSON answer. */
function staffMembersIn(value: unknown): unknown[][] {
  if (Array.isArray(value)) return value.flatMap(staffMembersIn)
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'staff_members' && Array.isArray(child) ? [child] : staffMembersIn(child)
  )
}

/**
 * Finding 3: a driver sees no personal data of other people. Centers (listed,
 * or inside the driver's own transports) show their staff by name only;
 * staff and partner keys keep the full profiles.
 */
test.group('Personal data of center staff', (group) => {
  freshIdentityState(group)

  async function setting() {
    const [icn, pus] = await centers('ICN', 'PUS')
    const { trip, driver } = await loadedTransport(1)
    const member = await createUser({
      type: 'STAFF',
      fullname: 'Kim Staff',
      isAdmin: true,
      phonenumber: '+821055550001',
    })
    const staff = await app.container.make(AddCenterStaff)
    await staff.handle(icn.uuid, member.uuid)
    await staff.handle(pus.uuid, member.uuid)
    return { trip, driver, member }
  }

  test('a driver sees staff members by name only, everywhere a center appears', async ({
    client,
    assert,
  }) => {
    const { trip, driver, member } = await setting()
    const answers = [
      await client.get(`${API}/distribution/centers/`).headers(driver.headers),
      await client.get(`${API}/shipping/driver/transports/`).headers(driver.headers),
      await client.get(`${API}/shipping/transports/${trip.uuid}/`).headers(driver.headers),
      await client.get(`${API}/shipping/transports/${trip.uuid}/batches/`).headers(driver.headers),
      await client.post(`${API}/shipping/transports/${trip.uuid}/start/`).headers(driver.headers),
      await client
        .post(`${API}/shipping/transports/${trip.uuid}/complete/`)
        .headers(driver.headers),
    ]
    for (const answer of answers) {
      const label = answer.request.config.endpoint
      answer.assertStatus(200)
      const lists = staffMembersIn(answer.body())
      assert.isAbove(lists.length, 0, `${label} shows centers`)
      for (const list of lists) assert.deepEqual(list, [{ fullname: 'Kim Staff' }], label)
      const text = JSON.stringify(answer.body())
      for (const secret of [
        member.username,
        member.phonenumber!,
        member.uuid,
        'permission_group',
      ]) {
        assert.notInclude(text, secret, label)
      }
    }
  })

  test('staff and partner keys keep the full profiles', async ({ client, assert }) => {
    const { trip, member } = await setting()
    const staff = await signedInStaff()
    const key = await apiKeyHeaders(['distribution:read', 'shipping:read'])
    const answers = [
      await client.get(`${API}/distribution/centers/`).headers(staff.headers),
      await client.get(`${API}/shipping/transports/${trip.uuid}/`).headers(staff.headers),
      await client.get(`${API}/distribution/centers/`).headers(key),
    ]
    for (const answer of answers) {
      answer.assertStatus(200)
      const [list] = staffMembersIn(answer.body())
      assert.containsSubset(list, [
        {
          uuid: member.uuid,
          username: member.username,
          phonenumber: member.phonenumber,
          type: 'STAFF',
        },
      ])
    }
  })
})
