import { test } from '@japa/runner'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { assignDriver, centers, transport } from '#tests/support/logistics'

const STREAM = '5b1c0d3e-9f4a-4c2b-8e7d-1a2b3c4d5e6f'

/**
 * Who may listen where. A subscription the principal may make answers 404
 * here (no stream of that id is open: opening one is the built suite's
 * business), one it may not make answers 403, anonymous 401.
 */
test.group('Live updates: channel authorization', (group) => {
  freshIdentityState(group)

  async function subscribe(client: any, user: any, channel: string) {
    const request = client
      .post('/__transmit/subscribe')
      .json({ uid: STREAM, channel })
      .withCsrfToken()
    return user ? request.loginAs(user) : request
  }

  test('anonymous callers can neither open a stream nor subscribe', async ({ client }) => {
    const events = await client.get(`/__transmit/events?uid=${STREAM}`)
    events.assertStatus(401)
    events.assertBodyContains({ code: 'not_authenticated' })
    const subscribed = await subscribe(client, null, 'staff')
    subscribed.assertStatus(401)
  })

  test('a driver listens to their own channel and their transports, nothing else', async ({
    client,
  }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const other = await createUser({ type: 'DRIVER' })
    await centers('ICN', 'PUS')
    const mine = await transport('ICN', 'PUS')
    const theirs = await transport('ICN', 'PUS')
    const unassigned = await transport('ICN', 'PUS')
    await assignDriver(mine.uuid, driver.uuid)
    await assignDriver(theirs.uuid, other.uuid)

    const allowed = [`drivers/${driver.uuid}`, `transports/${mine.uuid}`]
    for (const channel of allowed) {
      const response = await subscribe(client, driver, channel)
      response.assertStatus(404)
      response.assertBodyContains({ code: 'not_found' })
    }
    const refused = [
      `drivers/${other.uuid}`,
      `transports/${theirs.uuid}`,
      `transports/${unassigned.uuid}`,
      'staff',
      'anything-else',
    ]
    for (const channel of refused) {
      const response = await subscribe(client, driver, channel)
      response.assertStatus(403)
      response.assertBodyContains({ code: 'permission_denied' })
    }
  })

  test('staff listen to staff screens and any transport, not to a driver', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const driver = await createUser({ type: 'DRIVER' })
    await centers('ICN', 'PUS')
    const trip = await transport('ICN', 'PUS')
    for (const channel of ['staff', `transports/${trip.uuid}`]) {
      const response = await subscribe(client, staff, channel)
      response.assertStatus(404)
    }
    const refused = await subscribe(client, staff, `drivers/${driver.uuid}`)
    refused.assertStatus(403)
  })

  test('a malformed subscription is refused with field errors', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/__transmit/subscribe')
      .json({ uid: 'x', channel: '' })
      .withCsrfToken()
      .loginAs(staff)
    response.assertStatus(400)
    response.assertBodyContains({ code: 'invalid' })
  })
})
