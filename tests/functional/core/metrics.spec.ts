import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { Secret } from '@adonisjs/core/helpers'
import env from '#start/env'
import { Outbox } from '#core/events/outbox'
import { Registry } from '#core/queue/registry'
import { SharedHistogram } from '#core/metrics/shared_histogram'
import { ProbeRecorded } from '#tests/fixtures/events/probe_recorded'
import { createProbeTable, drainQueues, resetQueues, startWorker } from '#tests/support/queue'

const TOKEN = 'metrics-test-token'

/** The value of one sample line (`name{labels} value`) in a Prometheus text answer. */
function sample(text: string, line: string) {
  const found = text.split('\n').find((row) => row.startsWith(`${line} `))
  return found === undefined ? undefined : Number(found.slice(line.length + 1))
}

test.group('GET /metrics', (group) => {
  group.setup(createProbeTable)
  group.each.setup(async () => {
    await resetQueues()
    const latency = await app.container.make(SharedHistogram)
    await redis.del(latency.key)
    return () => env.set('METRICS_TOKEN', undefined)
  })

  test('does not exist while METRICS_TOKEN is unset', async ({ client }) => {
    const response = await client.get('/metrics')
    response.assertStatus(404)
  })

  test('refuses a missing or wrong bearer token', async ({ client }) => {
    env.set('METRICS_TOKEN', new Secret(TOKEN))
    const missing = await client.get('/metrics')
    missing.assertStatus(401)
    missing.assertHeader('www-authenticate', 'Bearer')
    const wrong = await client.get('/metrics').header('authorization', `Bearer ${TOKEN}x`)
    wrong.assertStatus(401)
  })

  test('reports requests by route pattern, queues, the outbox, the pool and event latency', async ({
    client,
    assert,
  }) => {
    env.set('METRICS_TOKEN', new Secret(TOKEN))

    // A request to a parametrised route is counted under its pattern.
    await client.get('/api/v1/shipping/shippingitems/NOPE123').header('accept', 'application/json')

    // Two events delivered by a worker; one event left in the outbox.
    const outbox = await app.container.make(Outbox)
    const worker = await startWorker(['events'])
    try {
      await db.transaction((trx) =>
        outbox.record(
          trx,
          new ProbeRecorded({ key: randomUUID() }),
          new ProbeRecorded({ key: randomUUID() })
        )
      )
      await drainQueues()
    } finally {
      await worker.close()
    }
    const latency = await app.container.make(SharedHistogram)
    await latency.flush()
    const stuck = new ProbeRecorded({ key: randomUUID() })
    await db.table('core_outbox_events').insert({
      id: stuck.id,
      name: stuck.name,
      payload: JSON.stringify(stuck.toEnvelope().payload),
      occurred_at: new Date(Date.now() - 60_000).toISOString(),
      dispatched_at: null,
      attempts: 0,
    })

    try {
      const response = await client.get('/metrics').header('authorization', `Bearer ${TOKEN}`)
      response.assertStatus(200)
      assert.match(response.header('content-type') ?? '', /^text\/plain; version=0\.0\.4/)
      const text = response.text()

      const unauthorized = sample(
        text,
        'waybill_http_request_duration_seconds_count{method="GET",route="/api/v1/shipping/shippingitems/:tracking_number",status="401"}'
      )
      assert.equal(unauthorized, 1)
      assert.notInclude(text, 'NOPE123')

      assert.equal(sample(text, 'waybill_queue_jobs{queue="events",state="failed"}'), 0)
      assert.isAtLeast(sample(text, 'waybill_queue_jobs{queue="events",state="completed"}')!, 2)
      assert.equal(sample(text, 'waybill_outbox_backlog'), 1)
      assert.isAtLeast(sample(text, 'waybill_outbox_oldest_age_seconds')!, 59)
      assert.isDefined(sample(text, 'waybill_db_pool_connections{state="used"}'))
      // One observation per delivery: each event reaches each of its listeners.
      const registry = await app.container.make(Registry)
      const deliveries = 2 * registry.listenersOf(stuck.name).length
      assert.isAbove(deliveries, 0)
      assert.equal(sample(text, 'waybill_event_delivery_seconds_count'), deliveries)
      assert.equal(sample(text, 'waybill_event_delivery_seconds_bucket{le="+Inf"}'), deliveries)
      assert.isDefined(sample(text, 'waybill_process_resident_memory_bytes'))
    } finally {
      await db.from('core_outbox_events').where('id', stuck.id).delete()
    }
  })
})
