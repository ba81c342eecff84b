import type { RedisService } from '@adonisjs/redis/types'

export type HeartbeatTick = {
  /** When a worker ran the heartbeat job (epoch ms). */
  at: number
  /** How long the tick waited in the queue before a worker took it. */
  lagMs: number
}

/**
 * The last worker heartbeat, kept in Redis under the queue prefix.
 */
export class QueueHeartbeat {
  readonly key: string

  constructor(
    private redis: RedisService,
    prefix: string
  ) {
    this.key = `${prefix}:heartbeat`
  }

  async record(tick: HeartbeatTick) {
    await this.redis.set(this.key, JSON.stringify(tick))
  }

  async last(): Promise<HeartbeatTick | null> {
    const raw = await this.redis.get(this.key)
    return raw ? (JSON.parse(raw) as HeartbeatTick) : null
  }
}
