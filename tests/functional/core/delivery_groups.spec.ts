import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DeliveryGroups } from '#core/events/delivery_groups'
import { claimDelivery } from '#core/events/inbox'
import { PROBE_EFFECTS_TABLE } from '#tests/fixtures/events/probe_recorded'
import { createProbeTable, effectsFor } from '#tests/support/queue'

/**
 * A delivery as DeliverEventJob makes one: the inbox claim, then a listener
 * writing one row (and throwing afterwards if `fails`). Records the
 * transaction it ran in, each time it ran.
 */
function delivery(key: string, options: { eventId?: string; fails?: boolean } = {}) {
  const eventId = options.eventId ?? randomUUID()
  const ranIn: TransactionClientContract[] = []
  const apply = async (trx: TransactionClientContract) => {
    ranIn.push(trx)
    if (!(await claimDelivery(trx, eventId, 'GroupProbe'))) return false
    await trx.table(PROBE_EFFECTS_TABLE).insert({
      event_id: eventId,
      listener: 'group-probe',
      key,
      pid: process.pid,
    })
    if (options.fails) throw new Error(`listener for ${key} failing on purpose`)
    return true
  }
  return { apply, ranIn }
}

/** A delivery that holds its transaction open until `release()`. */
function holding() {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  let started!: () => void
  const running = new Promise<void>((resolve) => (started = resolve))
  const apply = async () => {
    started()
    await released
    return true
  }
  return { apply, running, release }
}

test.group('Event deliveries committed in groups (DeliveryGroups)', (group) => {
  group.setup(createProbeTable)

  test('a delivery runs at once; those arriving meanwhile share the next transaction', async ({
    assert,
  }) => {
    const groups = new DeliveryGroups(50, 1)
    const first = holding()
    const firstDone = groups.run(first.apply)
    // It did not wait for company.
    await first.running

    const keys = [randomUUID(), randomUUID(), randomUUID()]
    const waiting = keys.map((key) => delivery(key))
    const outcomes = Promise.all(waiting.map((d) => groups.run(d.apply)))
    first.release()

    assert.isTrue(await firstDone)
    assert.deepEqual(await outcomes, [true, true, true])
    const [trx] = waiting[0].ranIn
    for (const d of waiting) assert.deepEqual(d.ranIn, [trx])
    assert.isTrue(trx.isCompleted)
    for (const key of keys) assert.deepEqual(await effectsFor(key), ['group-probe'])
  })

  test('a group holds at most maxSize deliveries', async ({ assert }) => {
    const groups = new DeliveryGroups(2, 1)
    const first = holding()
    const firstDone = groups.run(first.apply)
    await first.running

    const waiting = [randomUUID(), randomUUID(), randomUUID()].map((key) => delivery(key))
    const outcomes = Promise.all(waiting.map((d) => groups.run(d.apply)))
    first.release()
    await firstDone

    assert.deepEqual(await outcomes, [true, true, true])
    const [a, b, c] = waiting.map((d) => d.ranIn)
    assert.lengthOf(a, 1)
    assert.strictEqual(a[0], b[0])
    assert.notStrictEqual(c[0], a[0])
  })

  test('a failing delivery fails alone; its group-mates apply exactly once', async ({ assert }) => {
    const groups = new DeliveryGroups(50, 1)
    const first = holding()
    const firstDone = groups.run(first.apply)
    await first.running

    const [before, failing, after] = [randomUUID(), randomUUID(), randomUUID()]
    const waiting = [delivery(before), delivery(failing, { fails: true }), delivery(after)]
    const outcomes = Promise.allSettled(waiting.map((d) => groups.run(d.apply)))
    first.release()
    await firstDone

    const [ok1, failed, ok2] = await outcomes
    assert.deepEqual(ok1, { status: 'fulfilled', value: true })
    assert.deepEqual(ok2, { status: 'fulfilled', value: true })
    assert.equal(failed.status, 'rejected')
    assert.match((failed as PromiseRejectedResult).reason.message, /failing on purpose/)

    // The group stopped at the failure and rolled back; then each ran alone,
    // in a transaction of its own (the last one only alone: the group never reached it).
    const [ranBefore, ranFailing, ranAfter] = waiting.map((d) => d.ranIn)
    assert.lengthOf(ranBefore, 2)
    assert.lengthOf(ranFailing, 2)
    assert.lengthOf(ranAfter, 1)
    assert.strictEqual(ranFailing[0], ranBefore[0])
    const alone = new Set([ranBefore[1], ranFailing[1], ranAfter[0], ranBefore[0]])
    assert.equal(alone.size, 4)
    // The writes the group made were rolled back with it: one row each, none for the failure.
    assert.deepEqual(await effectsFor(before), ['group-probe'])
    assert.deepEqual(await effectsFor(after), ['group-probe'])
    assert.deepEqual(await effectsFor(failing), [])
  })

  test('the same delivery twice in one group applies once', async ({ assert }) => {
    const groups = new DeliveryGroups(50, 1)
    const first = holding()
    const firstDone = groups.run(first.apply)
    await first.running

    const key = randomUUID()
    const eventId = randomUUID()
    const twice = [delivery(key, { eventId }), delivery(key, { eventId })]
    const outcomes = Promise.all(twice.map((d) => groups.run(d.apply)))
    first.release()
    await firstDone

    assert.deepEqual(await outcomes, [true, false])
    assert.strictEqual(twice[0].ranIn[0], twice[1].ranIn[0])
    assert.deepEqual(await effectsFor(key), ['group-probe'])
    const claims = await db
      .from('core_processed_events')
      .where({ event_id: eventId, listener: 'GroupProbe' })
    assert.lengthOf(claims, 1)
  })

  test('refuses a size or a number of transactions below one', ({ assert }) => {
    assert.throws(() => new DeliveryGroups(0, 1), /at least 1/)
    assert.throws(() => new DeliveryGroups(5, 0), /at least 1/)
  })
})
