import { test } from '@japa/runner'

test.group('CORS', () => {
  test('the JSON API answers cross-origin preflights and exposes the request id', async ({
    client,
  }) => {
    const response = await client
      .options('/api/healthcheck/')
      .header('Origin', 'https://partner.example')
      .header('Access-Control-Request-Method', 'GET')
      .header('Access-Control-Request-Headers', 'authorization')

    response.assertStatus(204)
    response.assertHeader('access-control-allow-origin', 'https://partner.example')
    response.assertHeader('access-control-allow-headers', 'authorization')

    const actual = await client.get('/api/healthcheck/').header('Origin', 'https://partner.example')
    actual.assertHeader('access-control-allow-origin', 'https://partner.example')
    actual.assertHeader('access-control-expose-headers', 'x-request-id,retry-after')
  })

  test('browser pages get no CORS headers', async ({ client, assert }) => {
    const response = await client.get('/').header('Origin', 'https://elsewhere.example')
    assert.isUndefined(response.header('access-control-allow-origin'))
  })
})
