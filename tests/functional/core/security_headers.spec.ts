import { test } from '@japa/runner'

/**
 * Issue 15, the smaller findings: CORS answers say they vary by Origin (a
 * shared cache must not hand one origin's answer to another), and every
 * answer carries a Referrer-Policy.
 */
test.group('Security headers', () => {
  test('CORS answers of the API carry Vary: Origin, preflights and plain answers', async ({
    client,
    assert,
  }) => {
    const preflight = await client
      .options('/api/healthcheck/')
      .header('Origin', 'https://partner.example')
      .header('Access-Control-Request-Method', 'GET')
      .header('Access-Control-Request-Headers', 'authorization')
    preflight.assertStatus(204)
    const preflightVary = String(preflight.header('vary')).toLowerCase()
    for (const name of ['origin', 'access-control-request-headers']) {
      assert.include(preflightVary, name)
    }

    const actual = await client.get('/api/healthcheck/').header('Origin', 'https://partner.example')
    actual.assertHeader('access-control-allow-origin', 'https://partner.example')
    assert.include(String(actual.header('vary')).toLowerCase(), 'origin')

    const sameOrigin = await client.get('/api/healthcheck/')
    assert.include(String(sameOrigin.header('vary')).toLowerCase(), 'origin')
  })

  test('pages and API answers carry a Referrer-Policy', async ({ client }) => {
    for (const url of ['/login', '/api/healthcheck/', '/no-such-page']) {
      const response = await client.get(url)
      response.assertHeader('referrer-policy', 'same-origin')
    }
  })
})
