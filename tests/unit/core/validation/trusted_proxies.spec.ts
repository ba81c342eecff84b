import { test } from '@japa/runner'
import { parseTrustedProxies, trustProxyFrom } from '#core/http/trusted_proxies'

test.group('TRUSTED_PROXIES', () => {
  test('unset or empty trusts no peer', ({ assert }) => {
    assert.isFalse(trustProxyFrom(undefined))
    assert.isFalse(trustProxyFrom([]))
  })

  test('trusts exactly the listed addresses, ranges and named ranges', ({ assert }) => {
    const trust = trustProxyFrom(parseTrustedProxies(' 10.0.0.0/8 , 192.0.2.7,loopback'))
    assert.isFunction(trust)
    if (typeof trust !== 'function') return
    assert.isTrue(trust('10.1.2.3', 0))
    assert.isTrue(trust('192.0.2.7', 0))
    assert.isTrue(trust('127.0.0.1', 0))
    assert.isFalse(trust('192.0.2.8', 0))
    assert.isFalse(trust('203.0.113.5', 0))
  })

  test('an entry that is not an address or range is refused at boot', ({ assert }) => {
    assert.throws(() => parseTrustedProxies('10.0.0.0/8, proxy.example.com'))
  })
})
