import { test } from '@japa/runner'
import logger from '@adonisjs/core/services/logger'
import { captureLogLines } from '#tests/support/logs'

test.group('Request logging', (group) => {
  group.each.setup(() => {
    const level = logger.level
    logger.level = 'info'
    return () => {
      logger.level = level
    }
  })

  test('one line per request, with method, path, status and request id', async ({
    client,
    assert,
    cleanup,
  }) => {
    const capture = captureLogLines()
    cleanup(() => capture.stop())

    await client.get('/api/definitely-missing').header('X-Request-Id', 'trace-me-123')

    const lines = capture.lines.filter((line) => line.request_id === 'trace-me-123')
    assert.lengthOf(lines, 1)
    assert.containsSubset(lines[0], {
      msg: 'request completed',
      method: 'GET',
      path: '/api/definitely-missing',
      status: 404,
    })
    assert.isNumber(lines[0].duration_ms)
  })

  test('health probes are not logged', async ({ client, assert, cleanup }) => {
    const capture = captureLogLines()
    cleanup(() => capture.stop())

    await client.get('/health/live').header('X-Request-Id', 'probe-1')

    assert.lengthOf(
      capture.lines.filter((line) => line.request_id === 'probe-1'),
      0
    )
  })
})
