import { MessageBuilder } from '@adonisjs/core/helpers'
import string from '@adonisjs/core/helpers/string'
import type { Connection } from '@adonisjs/redis/types'
import type {
  SessionData,
  SessionStoreWithTaggingContract,
  TaggedSession,
} from '@adonisjs/session/types'

/**
 * Browser sessions in Redis, kept as @adonisjs/session's own Redis store
 * keeps them (the same keys, signed values and user tags), except that a
 * destroyed session stays destroyed. A request that had read a session
 * before sign-out, a ban or a deactivation destroyed it used to write it
 * back when it finished, and a copy of the cookie worked again (the ban
 * test caught one under load). Destroying now leaves a marker for the
 * session's lifetime, and a write to a marked id is dropped, atomically.
 */
export class RedisSessionStore implements SessionStoreWithTaggingContract {
  #ttlSeconds: number

  constructor(
    private connection: Connection,
    age: string | number
  ) {
    this.#ttlSeconds = string.seconds.parse(age)
  }

  async read(sessionId: string): Promise<SessionData | null> {
    return this.#verify(sessionId, await this.connection.get(sessionId))
  }

  async write(sessionId: string, values: object) {
    const message = new MessageBuilder().build(values, undefined, sessionId)
    await this.connection.eval(
      WRITE_UNLESS_ENDED,
      2,
      sessionId,
      endedKey(sessionId),
      this.#ttlSeconds,
      message
    )
  }

  async destroy(sessionId: string) {
    await this.connection
      .multi()
      .del(sessionId)
      .setex(endedKey(sessionId), this.#ttlSeconds, '1')
      .exec()
  }

  async touch(sessionId: string) {
    await this.connection.expire(sessionId, this.#ttlSeconds)
  }

  async tag(sessionId: string, userId: string | number) {
    await this.connection.sadd(tagKey(userId), sessionId)
  }

  async untag(sessionId: string, userId: string | number) {
    await this.connection.srem(tagKey(userId), sessionId)
  }

  /** The user's live sessions; ids whose session is gone leave the tag. */
  async tagged(userId: string): Promise<TaggedSession[]> {
    const ids = await this.connection.smembers(tagKey(userId))
    if (ids.length === 0) return []
    const contents = await this.connection.mget(...ids)
    const live: TaggedSession[] = []
    const gone: string[] = []
    ids.forEach((id, index) => {
      const data = this.#verify(id, contents[index])
      if (data) live.push({ id, data })
      else gone.push(id)
    })
    if (gone.length > 0) await this.connection.srem(tagKey(userId), ...gone)
    return live
  }

  #verify(sessionId: string, contents: string | null): SessionData | null {
    if (!contents) return null
    try {
      return new MessageBuilder().verify(contents, sessionId)
    } catch {
      return null
    }
  }
}

const tagKey = (userId: string | number) => `session_tag:${userId}`
const endedKey = (sessionId: string) => `session_ended:${sessionId}`

/** KEYS: the session, its marker. ARGV: ttl, value. */
const WRITE_UNLESS_ENDED = `
if redis.call('exists', KEYS[2]) == 1 then return 0 end
redis.call('setex', KEYS[1], ARGV[1], ARGV[2])
return 1`
