import { test } from '@japa/runner'
import { registry } from '../../../.adonisjs/client/registry/index.js'
import { tokensOf } from '../../../resources/js/route_tokens.js'

test.group('Route tokens derived from patterns (the entry chunk ships no tokens)', () => {
  test('give the generated tokens for every route in the registry', ({ assert }) => {
    const routes = Object.entries(registry.routes)
    assert.isAbove(routes.length, 10)
    for (const [name, route] of routes) {
      assert.deepEqual(tokensOf(route.pattern), route.tokens, name)
    }
  })

  test('read parameters, optional parameters and the wildcard', ({ assert }) => {
    assert.deepEqual(
      tokensOf('/a/:id/b/:page?/*').map(({ type, val }) => `${type}:${val}`),
      ['0:a', '1:id', '0:b', '3:page', '2:*']
    )
    assert.deepEqual(tokensOf('/'), [{ old: '/', type: 0, val: '/', end: '' }])
  })
})
