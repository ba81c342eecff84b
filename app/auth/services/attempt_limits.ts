import limiter from '@adonisjs/limiter/services/main'
import { errors } from '@adonisjs/limiter'
import { Throttled } from '#auth/exceptions/auth_errors'

export type AttemptLimit = { requests: number; windowSeconds: number; blockSeconds: number }

/**
 * Counts one attempt under `key` in Redis (shared by every process) before
 * the secret is checked, so parallel guesses are counted too: past the
 * limit, a 429 with `Retry-After` even for the right secret. `clear()` on
 * success starts the count again.
 */
export class AttemptCounter {
  readonly #limiter

  constructor(
    readonly key: string,
    limit: AttemptLimit
  ) {
    this.#limiter = limiter.use('redis', {
      requests: limit.requests,
      duration: limit.windowSeconds,
      blockDuration: limit.blockSeconds,
    })
  }

  async consume() {
    try {
      await this.#limiter.consume(this.key)
    } catch (error) {
      if (error instanceof errors.E_TOO_MANY_REQUESTS) {
        throw new Throttled(error.response.availableIn)
      }
      throw error
    }
  }

  clear() {
    return this.#limiter.delete(this.key)
  }
}
