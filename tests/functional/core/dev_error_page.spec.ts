import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import HttpExceptionHandler from '#core/exceptions/handler'
import { contextFor } from '#tests/support/http_context'

/** The handler as it runs under `bin/up` (development): Youch pages, no status pages. */
class DevelopmentHandler extends HttpExceptionHandler {
  protected debug = true
  protected renderStatusPages = false
}

test.group('Development error page', () => {
  test('shows the request without its Authorization and Cookie values', async ({ assert }) => {
    // Random values: the page also shows this file's source around the error.
    const [token, sessionId, xsrf, csrf] = [1, 2, 3, 4].map(() => randomUUID())
    const ctx = await contextFor('/console/boom')
    Object.assign(ctx.request.request.headers, {
      'accept': 'text/html',
      'authorization': `Bearer oat_${token}`,
      'cookie': `waybill-session=${sessionId}; XSRF-TOKEN=${xsrf}`,
      'x-csrf-token': csrf,
      'user-agent': 'probe/1.0',
    })
    await new DevelopmentHandler().handle(new Error('boom'), ctx)

    const html = String(ctx.response.getBody())
    assert.equal(ctx.response.getStatus(), 500)
    assert.include(html, 'boom')
    assert.include(html, 'probe/1.0')
    for (const secret of [token, sessionId, xsrf, csrf]) {
      assert.notInclude(html, secret)
    }
    assert.include(html, 'waybill-session')
    assert.include(html, '[redacted]')
  })
})
