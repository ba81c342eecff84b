import { test } from '@japa/runner'
import { safeStringify } from '@poppinss/utils/json'
import { DateTime } from 'luxon'
import { serializeJsonBody } from '#core/http/json_body'

test.group('JSON response bodies', () => {
  test('the same text as AdonisJS’s serializer for plain data and toJSON values', ({ assert }) => {
    const body = {
      count: 2,
      next: 'http://127.0.0.1/api/v1/shipping/shippingitems/?page=2',
      previous: null,
      results: [
        {
          uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
          tracking_number: '20261203-0000000001',
          status: 'IN_TRANSIT',
          shipping_batches_history: [{ alias: 'B-1', completed: false, note: undefined }],
          name: 'Ünïcödé "quoted" \\ back\nline \u2028 \ud83d\ude9a',
          weight: 1.5,
          created: new Date(Date.UTC(2026, 11, 3, 12, 0, 0, 125)),
          seen: DateTime.fromISO('2026-12-03T21:00:00.000+09:00', { setZone: true }),
          skipped: () => 'a function is left out',
          ratios: [Number.NaN, Infinity, -0],
        },
      ],
    }
    assert.equal(serializeJsonBody(body), safeStringify(body))
    assert.equal(serializeJsonBody('plain text'), safeStringify('plain text'))
    assert.equal(serializeJsonBody([]), '[]')
  })

  test('bigints become strings and circular references are left out, as before', ({ assert }) => {
    assert.equal(serializeJsonBody({ total: 12n }), '{"total":"12"}')
    const node: Record<string, unknown> = { name: 'a' }
    node.self = node
    assert.equal(serializeJsonBody(node), '{"name":"a"}')
  })
})
