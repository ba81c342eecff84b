import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DbCheck } from '@adonisjs/lucid/database'
import { RedisCheck, RedisConnection } from '@adonisjs/redis'
import { ReadinessChecks } from '#core/health/readiness_checks'
import { closedPort } from '#tests/support/network'

test.group('Health', (group) => {
  group.each.teardown(() => app.container.restore(ReadinessChecks))

  test('GET /api/healthcheck/ answers 200 {} like the reference', async ({ client }) => {
    const response = await client.get('/api/healthcheck/')
    response.assertStatus(200)
    response.assertBody({})
  })

  test('GET /health/live answers 200', async ({ client }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })

  test('GET /health/ready is 200 when the database and Redis answer', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/health/ready')
    response.assertStatus(200)
    assert.equal(response.body().status, 'ok')
    const names: string[] = response.body().checks.map((check: { name: string }) => check.name)
    assert.isTrue(names.some((name) => name.startsWith('Database')))
    assert.isTrue(names.some((name) => name.startsWith('Redis')))
  })

  test('GET /health/ready is 503 naming Redis when Redis is unreachable', async ({
    client,
    assert,
    cleanup,
  }) => {
    const port = await closedPort()
    const connection = new RedisConnection('unreachable', {
      host: '127.0.0.1',
      port,
      // Keep "reconnecting" (as the app's connection does) instead of ending.
      retryStrategy: () => 60_000,
      maxRetriesPerRequest: 0,
    })
    connection.on('error', () => {}) // refused connections are the point here
    cleanup(() => connection.disconnect())

    app.container.swap(ReadinessChecks, () =>
      new ReadinessChecks().register([new DbCheck(db.connection()), new RedisCheck(connection)])
    )

    const response = await client.get('/health/ready')
    response.assertStatus(503)
    const failing = response.body().checks.filter((c: { status: string }) => c.status === 'error')
    assert.lengthOf(failing, 1)
    assert.include(failing[0].name, 'Redis')
  })
})
