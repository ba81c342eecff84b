import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { RedisSessionStore } from '#auth/services/redis_session_store'
import { sessionsRedis } from '#tests/support/identity'

test.group('Browser sessions in Redis', () => {
  test('a session destroyed while a request held it is not written back', async ({
    assert,
    cleanup,
  }) => {
    const store = new RedisSessionStore(sessionsRedis(), '2 hours')
    const id = randomUUID()
    cleanup(async () => {
      await sessionsRedis().del(id, `session_ended:${id}`)
    })
    await store.write(id, { auth_web: 'someone' })
    // A request reads it, sign-out (or a ban) destroys it, the request ends.
    const held = await store.read(id)
    await store.destroy(id)
    await store.write(id, held!)
    await store.touch(id)
    assert.isNull(await store.read(id))
    assert.equal(await sessionsRedis().exists(id), 0)
  })

  test('sessions live, expire with the idle timeout and are found by their tag', async ({
    assert,
    cleanup,
  }) => {
    const store = new RedisSessionStore(sessionsRedis(), 60)
    const [first, second, user] = [randomUUID(), randomUUID(), randomUUID()]
    cleanup(async () => {
      await sessionsRedis().del(first, second, `session_tag:${user}`)
    })
    await store.write(first, { n: 1 })
    await store.write(second, { n: 2 })
    assert.deepEqual(await store.read(first), { n: 1 })
    assert.closeTo(await sessionsRedis().ttl(first), 60, 2)

    await store.tag(first, user)
    await store.tag(second, user)
    await sessionsRedis().del(second)
    const tagged = await store.tagged(user)
    assert.deepEqual(tagged, [{ id: first, data: { n: 1 } }])
    // The gone session left the tag.
    assert.deepEqual(await sessionsRedis().smembers(`session_tag:${user}`), [first])
  })
})
