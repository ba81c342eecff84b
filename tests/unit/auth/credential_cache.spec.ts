import { test } from '@japa/runner'
import type { AuthenticatedUser } from '#core/auth/principal'
import type { PrincipalChangeListener, PrincipalChanges } from '#core/auth/principal_changes'
import { CredentialCache } from '#auth/services/credential_cache'

/** Changes said by hand, and a clock moved by hand. */
function cacheWith(options: { ttlMs?: number; maxEntries?: number } = {}) {
  let listener: PrincipalChangeListener | undefined
  const changes = {
    listen: (added: PrincipalChangeListener) => {
      listener = added
      added.hearing()
    },
  } as unknown as PrincipalChanges
  const clock = { now: 1_000 }
  const cache = new CredentialCache(
    changes,
    { ttlMs: options.ttlMs ?? 5_000, maxEntries: options.maxEntries ?? 100 },
    () => clock.now
  )
  return { cache, clock, listener: () => listener! }
}

function account(uuid: string): AuthenticatedUser {
  return {
    uuid,
    username: uuid,
    type: 'DRIVER',
    isAdmin: false,
    isActive: true,
    banned: false,
    phonenumber: null,
  }
}

/** A loader that counts its reads. */
function loader(uuid: string) {
  const load = async () => {
    load.reads += 1
    return account(uuid)
  }
  load.reads = 0
  return load
}

test.group('CredentialCache (ADR 0020)', () => {
  test('keeps an account until its lifetime ends', async ({ assert }) => {
    const { cache, clock } = cacheWith({ ttlMs: 5_000 })
    const load = loader('a')
    await cache.user('a', load)
    clock.now += 4_999
    await cache.user('a', load)
    assert.equal(load.reads, 1)
    clock.now += 1
    await cache.user('a', load)
    assert.equal(load.reads, 2)
  })

  test('a change to an account drops it, and only it', async ({ assert }) => {
    const { cache, listener } = cacheWith()
    const a = loader('a')
    const b = loader('b')
    await cache.user('a', a)
    await cache.user('b', b)
    listener().changed({ userUuid: 'a' })
    await cache.user('a', a)
    await cache.user('b', b)
    assert.deepEqual([a.reads, b.reads], [2, 1])
  })

  test('a read that began before a change is not kept', async ({ assert }) => {
    const { cache, listener } = cacheWith()
    let release!: () => void
    const slow = async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return account('a')
    }
    const pending = cache.user('a', slow)
    // The account is banned while its old row is on its way.
    listener().changed({ userUuid: 'a' })
    release()
    const read = await pending
    assert.equal(read?.uuid, 'a')

    const load = loader('a')
    await cache.user('a', load)
    assert.equal(load.reads, 1, 'read again: the raced read was not kept')
  })

  test('a read that began while it could not hear changes is not kept', async ({ assert }) => {
    const { cache, listener } = cacheWith()
    // Subscribed (on first use).
    await cache.user('b', loader('b'))
    listener().deaf()
    let release!: () => void
    const pending = cache.user('a', async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return account('a')
    })
    // A ban said meanwhile went unheard; then the subscription is back.
    listener().hearing()
    release()
    await pending

    const load = loader('a')
    await cache.user('a', load)
    assert.equal(load.reads, 1, 'read again: the read begun while deaf was not kept')
  })

  test('keeps nothing, and uses nothing kept, while it cannot hear changes', async ({ assert }) => {
    const { cache, listener } = cacheWith()
    const load = loader('a')
    await cache.user('a', load)
    listener().deaf()
    await cache.user('a', load)
    await cache.user('a', load)
    assert.equal(load.reads, 3)

    listener().hearing()
    await cache.user('a', load)
    await cache.user('a', load)
    assert.equal(load.reads, 4)
  })

  test('holds at most maxEntries, the oldest going first', async ({ assert }) => {
    const { cache } = cacheWith({ maxEntries: 2 })
    const loads = ['a', 'b', 'c'].map((uuid) => [uuid, loader(uuid)] as const)
    for (const [uuid, load] of loads) await cache.user(uuid, load)
    for (const [uuid, load] of loads) await cache.user(uuid, load)
    // `a` went when `c` came; reading it again pushed out `b`, and so on.
    assert.deepEqual(
      loads.map(([, load]) => load.reads),
      [2, 2, 2]
    )
  })

  test('a lifetime of 0 keeps nothing and never subscribes', async ({ assert }) => {
    const { cache, listener } = cacheWith({ ttlMs: 0 })
    const load = loader('a')
    await cache.user('a', load)
    await cache.user('a', load)
    assert.equal(load.reads, 2)
    assert.isUndefined(listener())
  })
})
