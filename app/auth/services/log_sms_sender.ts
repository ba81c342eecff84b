import type { RedisConnection } from '@adonisjs/redis'
import type { Logger } from '@adonisjs/core/logger'
import { SmsSender, type SmsMessage } from '#auth/contracts/sms_sender'

const KEEP = 50
const TTL_SECONDS = 24 * 60 * 60

export function maskPhone(phonenumber: string) {
  return phonenumber.replace(/^(\+\d{3})\d+(\d{2})$/, '$1••••$2')
}

/**
 * Development driver: the last messages are kept in Redis for
 * `node ace sms:outbox`; never written to the log. In production (where the
 * http driver is the default) messages are discarded, not exposed.
 */
export class LogSmsSender extends SmsSender {
  constructor(
    private redis: RedisConnection,
    private key: string,
    private keepMessages: boolean,
    private logger: Logger
  ) {
    super()
  }

  async send(message: SmsMessage) {
    if (!this.keepMessages) {
      this.logger.warn({ to: maskPhone(message.to) }, 'SMS discarded: the log driver sends nothing')
      return
    }
    const entry = JSON.stringify({ ...message, at: new Date().toISOString() })
    await this.redis
      .multi()
      .lpush(this.key, entry)
      .ltrim(this.key, 0, KEEP - 1)
      .expire(this.key, TTL_SECONDS)
      .exec()
    this.logger.info({ to: maskPhone(message.to) }, 'SMS kept in the outbox (node ace sms:outbox)')
  }

  async recent(): Promise<(SmsMessage & { at: string })[]> {
    const entries = await this.redis.lrange(this.key, 0, KEEP - 1)
    return entries.map((entry) => JSON.parse(entry))
  }
}
