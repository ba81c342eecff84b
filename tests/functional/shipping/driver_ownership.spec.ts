import { test } from '@japa/runner'
import { freshIdentityState } from '#tests/support/identity'
import {
  centers,
  expectStatus,
  loadedTransport,
  signedInDriver,
  signedInStaff,
} from '#tests/support/logistics'

const API = '/api/v1/shipping'
const DENIED = {
  errors: [
    { message: 'You do not have permission to perform this action.', code: 'permission_denied' },
  ],
}

test.group('A driver works only their own transport', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('another driver can neither start nor complete it; its own driver can', async ({
    client,
  }) => {
    const { trip, driver } = await loadedTransport()
    const stranger = await signedInDriver()

    const start = await client
      .post(`${API}/transports/${trip.uuid}/start/`)
      .headers(stranger.headers)
    start.assertStatus(403)
    start.assertBody(DENIED)
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/start/`).headers(driver.headers),
      200
    )
    const complete = await client
      .post(`${API}/transports/${trip.uuid}/complete/`)
      .headers(stranger.headers)
    complete.assertStatus(403)
    complete.assertBody(DENIED)
    await expectStatus(
      client.post(`${API}/transports/${trip.uuid}/complete/`).headers(driver.headers),
      200
    )
  })

  test('a driver re-assigned away from it is refused', async ({ client }) => {
    const { trip, driver } = await loadedTransport()
    const staff = await signedInStaff()
    const other = await signedInDriver()
    await expectStatus(
      client
        .post(`${API}/transports/${trip.uuid}/assign/`)
        .headers(staff.headers)
        .json({ driver_uuid: other.user.uuid }),
      200
    )
    const start = await client.post(`${API}/transports/${trip.uuid}/start/`).headers(driver.headers)
    start.assertStatus(403)
    start.assertBody(DENIED)
  })
})
