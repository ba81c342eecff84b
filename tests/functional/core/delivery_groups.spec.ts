import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { TransactionAborted } from '#core/db/transaction'
import { DeliveryGroups } from '#core/events/delivery_groups'
import { claimDelivery } from '#core/events/inbox'
import { PROBE_EFFECTS_TABLE } from '#tests/fixtures/events/probe_recorded'
import { createProbeTable, effectsFor } from '#tests/support/queue'
import { deferredForeignKey } from '#tests/support/deferred_key'

const postgres = process.env.DB_CONNECTION === 'pg'

/**
 * A delivery as DeliverEventJob makes one: the inbox claim, then a listener
 * writing one row (and throwing afterwards if `fails`). Records the
 * transaction it ran in, each time it ran.
 */
function delivery(
  key: string,
  options: {
    eventId?: string
    fails?: boolean
    /** What the listener does after its write, with the delivery's transaction. */
    then?: (trx: TransactionClientContract) => Promise<unknown>
  } = {}
) {
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
    await options.then?.(trx)
    return true
  }
  return { apply, ranIn }
}

/**
 * Groups whose transactions keep their slot however long they run (a slow
 * test machine must not hand a slot on before a test's group forms).
 */
const groupsOf = (maxSize: number, inFlight: number) =>
  new DeliveryGroups(maxSize, inFlight, undefined, 60_000)

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

/**
 * Hands `groups` the deliveries `enqueue` starts while its only slot is busy
 * with another, so they wait and form the next group; then frees the slot.
 * The deliveries' promises come back unsettled, in `queued`.
 */
async function behindOne<T>(groups: DeliveryGroups, enqueue: () => T): Promise<{ queued: T }> {
  const first = holding()
  const firstDone = groups.run(first.apply)
  // It started at once, without waiting for company.
  await first.running
  const queued = enqueue()
  first.release()
  await firstDone
  return { queued }
}

test.group('Event deliveries committed in groups (DeliveryGroups)', (group) => {
  group.setup(createProbeTable)

  test('a delivery runs at once; those arriving meanwhile share the next transaction', async ({
    assert,
  }) => {
    const groups = groupsOf(50, 1)
    const keys = [randomUUID(), randomUUID(), randomUUID()]
    const waiting = keys.map((key) => delivery(key))
    const { queued } = await behindOne(groups, () =>
      Promise.all(waiting.map((d) => groups.run(d.apply)))
    )

    assert.deepEqual(await queued, [true, true, true])
    const [trx] = waiting[0].ranIn
    for (const d of waiting) assert.deepEqual(d.ranIn, [trx])
    for (const key of keys) assert.deepEqual(await effectsFor(key), ['group-probe'])
  })

  test('a group holds at most maxSize deliveries', async ({ assert }) => {
    const groups = groupsOf(2, 1)
    const waiting = [randomUUID(), randomUUID(), randomUUID()].map((key) => delivery(key))
    const { queued } = await behindOne(groups, () =>
      Promise.all(waiting.map((d) => groups.run(d.apply)))
    )

    assert.deepEqual(await queued, [true, true, true])
    const [a, b, c] = waiting.map((d) => d.ranIn)
    assert.lengthOf(a, 1)
    assert.strictEqual(a[0], b[0])
    assert.notStrictEqual(c[0], a[0])
  })

  test('a failing delivery fails alone; its group-mates apply exactly once', async ({ assert }) => {
    const groups = groupsOf(50, 1)
    const [before, failing, after] = [randomUUID(), randomUUID(), randomUUID()]
    const waiting = [delivery(before), delivery(failing, { fails: true }), delivery(after)]
    const { queued } = await behindOne(groups, () =>
      Promise.allSettled(waiting.map((d) => groups.run(d.apply)))
    )

    const [ok1, failed, ok2] = await queued
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

    // The failure freed its slot: the next delivery runs.
    const next = randomUUID()
    assert.isTrue(await groups.run(delivery(next).apply))
    assert.deepEqual(await effectsFor(next), ['group-probe'])
  })

  test('a listener that ends the transaction itself fails its own delivery only', async ({
    assert,
  }) => {
    const groups = groupsOf(50, 1)
    const [mate, ending] = [randomUUID(), randomUUID()]
    const { queued } = await behindOne(groups, () =>
      Promise.allSettled([
        groups.run(delivery(mate).apply),
        groups.run(delivery(ending, { then: (trx) => trx.rollback() }).apply),
      ])
    )

    const [ok, ended] = await queued
    assert.deepEqual(ok, { status: 'fulfilled', value: true })
    assert.equal(ended.status, 'rejected')
    assert.match((ended as PromiseRejectedResult).reason.message, /ended its delivery transaction/)
    assert.deepEqual(await effectsFor(mate), ['group-probe'])
    assert.deepEqual(await effectsFor(ending), [])

    // Alone too.
    const lone = randomUUID()
    await assert.rejects(
      () => groups.run(delivery(lone, { then: (trx) => trx.rollback() }).apply),
      /ended its delivery transaction/
    )
  })

  test('a COMMIT that fails fails its delivery, grouped and alone', async ({ assert, cleanup }) => {
    const { orphan, drop } = await deferredForeignKey()
    cleanup(drop)

    const groups = groupsOf(50, 1)
    const mate = randomUUID()
    const refused = delivery(randomUUID(), { then: orphan })
    const { queued } = await behindOne(groups, () =>
      Promise.allSettled([groups.run(delivery(mate).apply), groups.run(refused.apply)])
    )
    const [ok, failed] = await queued
    assert.deepEqual(ok, { status: 'fulfilled', value: true })
    assert.equal(failed.status, 'rejected')
    assert.match((failed as PromiseRejectedResult).reason.message, /foreign key/)
    // The group's COMMIT failed, then each ran alone: the mate applied once.
    assert.lengthOf(refused.ranIn, 2)
    assert.deepEqual(await effectsFor(mate), ['group-probe'])

    await assert.rejects(
      () => groups.run(delivery(randomUUID(), { then: orphan }).apply),
      /foreign key/
    )

    // A listener that commits the group itself, and whose COMMIT fails: it
    // broke the rule, so its delivery fails and is not rerun; its mate's
    // writes went with that COMMIT, so the mate reruns alone and applies once.
    const secondMate = randomUUID()
    const committing = delivery(randomUUID(), {
      then: async (trx) => {
        await orphan(trx)
        await trx.commit()
      },
    })
    const { queued: again } = await behindOne(groups, () =>
      Promise.allSettled([groups.run(delivery(secondMate).apply), groups.run(committing.apply)])
    )
    const [mateOutcome, ended] = await again
    assert.deepEqual(mateOutcome, { status: 'fulfilled', value: true })
    assert.equal(ended.status, 'rejected')
    assert.match((ended as PromiseRejectedResult).reason.message, /ended its delivery transaction/)
    assert.lengthOf(committing.ranIn, 1)
    assert.deepEqual(await effectsFor(secondMate), ['group-probe'])
  }).skip(
    !postgres,
    'PostgreSQL only: SQLite keeps a transaction whose COMMIT failed open (no key here is deferred)'
  )

  test('the last listener swallowing a database error does not take its group-mates with it', async ({
    assert,
  }) => {
    const groups = groupsOf(50, 1)
    const mates = [randomUUID(), randomUUID()]
    const swallowing = delivery(randomUUID(), {
      then: (trx) => trx.rawQuery('select 1 / 0').catch(() => null),
    })
    const { queued } = await behindOne(groups, () =>
      Promise.allSettled([
        ...mates.map((key) => groups.run(delivery(key).apply)),
        groups.run(swallowing.apply),
      ])
    )
    const outcomes = await queued

    // The group failed before its COMMIT (which PostgreSQL would have answered
    // with a silent rollback), and each ran alone: the swallowing one fails.
    assert.lengthOf(swallowing.ranIn, 2)
    assert.deepEqual(outcomes.slice(0, 2), [
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: true },
    ])
    assert.equal(outcomes[2].status, 'rejected')
    assert.instanceOf((outcomes[2] as PromiseRejectedResult).reason, TransactionAborted)
    for (const key of mates) assert.deepEqual(await effectsFor(key), ['group-probe'])
  }).skip(!postgres, 'PostgreSQL only: an error aborts the whole transaction there')

  test('a group gives way to a lock it waits for; its deliveries run alone', async ({
    assert,
    cleanup,
  }) => {
    const groups = groupsOf(50, 1)
    const [held, free] = [randomUUID(), randomUUID()]
    const [row] = await db
      .table(PROBE_EFFECTS_TABLE)
      .insert({ listener: 'lock-holder', key: held, pid: process.pid })
      .returning('id')
    // A request holds the row for as long as this test says.
    const request = await db.transaction()
    cleanup(async () => {
      if (!request.isCompleted) await request.rollback()
    })
    await request.from(PROBE_EFFECTS_TABLE).where('id', row.id).forUpdate()

    const waiting = delivery(held, {
      then: (trx) => trx.from(PROBE_EFFECTS_TABLE).where('id', row.id).update({ pid: 0 }),
    })
    // The one that will wait goes first: the one after it must not wait behind it.
    const { queued } = await behindOne(groups, () => [
      groups.run(waiting.apply),
      groups.run(delivery(free).apply),
    ])
    const [waitingDone, freeDone] = queued

    // The free delivery applied while the lock was still held.
    let timer: NodeJS.Timeout | undefined
    const inTime = new Promise((resolve) => (timer = setTimeout(resolve, 5_000, 'still waiting')))
    assert.isTrue(await Promise.race([freeDone, inTime]))
    clearTimeout(timer)
    assert.deepEqual(await effectsFor(free), ['group-probe'])
    await request.commit()
    assert.isTrue(await waitingDone)
    assert.lengthOf(waiting.ranIn, 2)
    assert.deepEqual(await effectsFor(held), ['group-probe', 'lock-holder'])
  }).skip(!postgres, 'PostgreSQL only: a group sets a lock timeout there')

  test('runs as many transactions at once as it is given', async ({ assert }) => {
    const groups = groupsOf(50, 2)
    const [a, b] = [holding(), holding()]
    const done = [groups.run(a.apply), groups.run(b.apply)]
    // Both started, neither waiting for the other.
    await Promise.all([a.running, b.running])
    a.release()
    b.release()
    assert.deepEqual(await Promise.all(done), [true, true])
  }).skip(!postgres, 'PostgreSQL only: SQLite has one connection, one transaction at a time')

  test('a transaction that runs long hands its slot on', async ({ assert }) => {
    const groups = new DeliveryGroups(50, 1, undefined, 100)
    const long = holding()
    const longDone = groups.run(long.apply)
    await long.running
    // The only slot is taken, yet the next delivery starts within about 100 ms.
    const next = holding()
    const nextDone = groups.run(next.apply)
    let timer: NodeJS.Timeout | undefined
    const inTime = new Promise((resolve) => (timer = setTimeout(resolve, 5_000, 'still waiting')))
    assert.isUndefined(await Promise.race([next.running, inTime]))
    clearTimeout(timer)
    next.release()
    long.release()
    assert.deepEqual(await Promise.all([longDone, nextDone]), [true, true])
  }).skip(!postgres, 'PostgreSQL only: SQLite has one connection, one transaction at a time')

  test('with a size of 1, each delivery runs at once in its own transaction', async ({
    assert,
  }) => {
    const groups = groupsOf(1, 1)
    const deliveries = [holding(), holding(), holding()]
    const done = deliveries.map((d) => groups.run(d.apply))
    // All three started, none waiting for a slot.
    let timer: NodeJS.Timeout | undefined
    const inTime = new Promise((resolve) => (timer = setTimeout(resolve, 5_000, 'still waiting')))
    const started = await Promise.race([Promise.all(deliveries.map((d) => d.running)), inTime])
    clearTimeout(timer)
    for (const d of deliveries) d.release()
    assert.notEqual(started, 'still waiting')
    assert.deepEqual(await Promise.all(done), [true, true, true])
  }).skip(!postgres, 'PostgreSQL only: SQLite has one connection, one transaction at a time')

  test('the same delivery twice in one group applies once', async ({ assert }) => {
    const groups = groupsOf(50, 1)
    const key = randomUUID()
    const eventId = randomUUID()
    const twice = [delivery(key, { eventId }), delivery(key, { eventId })]
    const { queued } = await behindOne(groups, () =>
      Promise.all(twice.map((d) => groups.run(d.apply)))
    )

    assert.deepEqual(await queued, [true, false])
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
