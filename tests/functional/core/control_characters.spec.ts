import { test } from '@japa/runner'
import { CONTROL_CHARACTERS_MESSAGE } from '#core/validation/text'
import { PASSWORD, createUser, freshIdentityState } from '#tests/support/identity'
import {
  batch,
  centers,
  errorEntries,
  items,
  signedInAdmin,
  signedInStaff,
  transport,
} from '#tests/support/logistics'

const API = '/api/v1'
const NUL = 'A\u0000B'

/**
 * Finding 9: a NUL (or another C0 control character) in any string input is
 * a 400 in the error envelope, never a 500 (PostgreSQL refuses NUL in text)
 * and never stored (SQLite would keep it).
 */
test.group('Control characters in string inputs', (group) => {
  freshIdentityState(group)

  test('item sku, batch alias, transport codes and center name: 400 on every write', async ({
    client,
    assert,
  }) => {
    const staff = await signedInStaff()
    const admin = await signedInAdmin()
    await centers('ICN', 'PUS')
    const [item] = await items(1)
    const manifest = await batch()
    const trip = await transport('ICN', 'PUS')
    const [center] = await centers('DJN')

    const writes: [string, string, object, string][] = [
      ['post', `${API}/shipping/shippingitems/`, { sku: NUL }, 'sku'],
      ['patch', `${API}/shipping/shippingitems/${item.trackingNumber}/`, { sku: NUL }, 'sku'],
      ['put', `${API}/shipping/shippingitems/${item.trackingNumber}/`, { sku: '\u0007' }, 'sku'],
      ['post', `${API}/shipping/batches/`, { alias: NUL }, 'alias'],
      ['patch', `${API}/shipping/batches/${manifest.alias}/`, { alias: NUL }, 'alias'],
      ['post', `${API}/shipping/transports/${trip.uuid}/add/`, { alias: NUL }, '0.alias'],
      [
        'post',
        `${API}/shipping/transports/`,
        { distribution_center_code_source: NUL, distribution_center_code_destination: 'PUS' },
        'distribution_center_code_source',
      ],
      [
        'patch',
        `${API}/shipping/transports/${trip.uuid}/`,
        { distribution_center_code_destination: NUL },
        'distribution_center_code_destination',
      ],
      [
        'post',
        `${API}/shipping/shippingitems/${item.trackingNumber}/report/`,
        { status: 'DAMAGED', note: 'crushed\u0000' },
        'note',
      ],
    ]
    for (const [method, url, body, field] of writes) {
      const response = await (client as any)[method](url).headers(staff.headers).json(body)
      assert.equal(response.status(), 400, `${method} ${url} ${JSON.stringify(body)}`)
      assert.include(errorEntries(response), `${field} invalid`, `${method} ${url}`)
    }

    const centerWrites: [string, string, object, string][] = [
      ['post', `${API}/distribution/centers/`, { center_code: 'NEW', name: NUL }, 'name'],
      ['patch', `${API}/distribution/centers/${center.uuid}/`, { name: NUL }, 'name'],
      [
        'put',
        `${API}/distribution/centers/${center.uuid}/`,
        { center_code: 'DJN', name: NUL },
        'name',
      ],
      ['patch', `${API}/distribution/centers/${center.uuid}/`, { center_code: NUL }, 'center_code'],
    ]
    for (const [method, url, body, field] of centerWrites) {
      const response = await (client as any)[method](url).headers(admin.headers).json(body)
      assert.equal(response.status(), 400, `${method} ${url} ${JSON.stringify(body)}`)
      assert.include(errorEntries(response), `${field} invalid`, `${method} ${url}`)
      assert.equal(response.body().errors[0].message, CONTROL_CHARACTERS_MESSAGE)
    }

    const unchanged = await client
      .get(`${API}/distribution/centers/${center.uuid}/`)
      .headers(admin.headers)
    assert.equal(unchanged.body().name, 'Center DJN', 'nothing was written')
  })

  test('a note may span lines; other controls are still refused', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const [item] = await items(1)
    const response = await client
      .post(`${API}/shipping/shippingitems/${item.trackingNumber}/report/`)
      .headers(staff.headers)
      .json({ status: 'DAMAGED', note: 'box crushed\r\n\tcorner torn' })
    response.assertStatus(200)

    const sku = await client
      .patch(`${API}/shipping/shippingitems/${item.trackingNumber}/`)
      .headers(staff.headers)
      .json({ sku: 'SKU\n2' })
    sku.assertStatus(400)
    assert.deepEqual(errorEntries(sku), ['sku invalid'])
  })

  test('query filters refuse control characters with a 400', async ({ client, assert }) => {
    const staff = await signedInStaff()
    const lists = [
      `${API}/distribution/centers/?center_code=%00`,
      `${API}/distribution/centers/?name=A%00`,
      `${API}/shipping/shippingitems/?current_distribution_center_code=%00`,
      `${API}/shipping/transports/?distribution_center_code_source=%01`,
    ]
    for (const url of lists) {
      const response = await client.get(url).headers(staff.headers)
      assert.equal(response.status(), 400, url)
      assert.equal(response.body().errors[0].code, 'invalid', url)
    }
  })

  test('API sign-in: a NUL in the username is a 400 on username', async ({ client, assert }) => {
    const response = await client
      .post(`${API}/auth/signin/`)
      .json({ username: `staff${'\u0000'}`, password: PASSWORD })
    response.assertStatus(400)
    assert.deepEqual(errorEntries(response), ['username invalid'])
  })

  test('the /login page: a NUL in the username flashes a field error, signs nobody in', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const response = await client
      .post('/login')
      .withCsrfToken()
      .header('referer', '/login')
      .form({ username: `${staff.username}\u0000`, password: PASSWORD })
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
    response.assertSessionMissing('auth_web')
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.deepEqual(errors?.username, [CONTROL_CHARACTERS_MESSAGE])
  })
})
