import { test } from '@japa/runner'
import { sameOriginPath } from '#auth/services/intended_url'

test.group('Intended URL: only a same-origin relative path', () => {
  test('keeps a path and its query', ({ assert }) => {
    assert.equal(sameOriginPath('/queues'), '/queues')
    assert.equal(
      sameOriginPath('/shipping/items?status=LOST&page=2'),
      '/shipping/items?status=LOST&page=2'
    )
    assert.equal(sameOriginPath('/shipping/items/../../queues'), '/queues')
    assert.equal(sameOriginPath('/dashboard#top'), '/dashboard')
  })

  test('refuses anything that could lead elsewhere or nowhere', ({ assert }) => {
    for (const value of [
      'https://evil.example/',
      'http:/evil.example',
      '//evil.example',
      '//evil.example/dashboard',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'dashboard',
      '',
      ' /dashboard',
      '/dash\nboard',
      '/dash\u0000board',
      `/${'a'.repeat(2001)}`,
      '/login',
      '/login/',
      '/logout',
      '/driver/login',
      null,
      undefined,
      42,
      { url: '/dashboard' },
    ]) {
      assert.isNull(sameOriginPath(value), String(value))
    }
  })
})
