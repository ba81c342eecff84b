import { randomUUID } from 'node:crypto'
import type { Logger } from '@adonisjs/core/logger'
import type { RedisService } from '@adonisjs/redis/types'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * What a request's principal was built from has changed: an account's state
 * (banned, deactivated), or its credentials (one sign-in's tokens, or all
 * of them, revoked).
 */
export type PrincipalChange = { userUuid: string } | { familyId: string }

/** Hears every change, from every process, and whether it can. */
export type PrincipalChangeListener = {
  /** A change, said by this process or another. */
  changed(change: PrincipalChange): void
  /** Changes are heard from now on (the subscription is up). */
  hearing(): void
  /** Changes may go unheard from now on (the subscription dropped). */
  deaf(): void
}

type Message = { from: string; change: PrincipalChange }

/**
 * Says a principal changed, once the transaction that changed it commits,
 * to this process at once and to every other over Redis pub/sub, so a
 * process that keeps verified credentials for a moment (the auth module's
 * `CredentialCache`, ADR 0020) stops using them. Modules that change what a
 * principal is made of call it; the kernel owns it so neither needs the
 * other.
 */
export class PrincipalChanges {
  readonly #process = randomUUID()
  readonly #listeners = new Set<PrincipalChangeListener>()
  #subscription?: Promise<boolean>

  constructor(
    private redis: RedisService,
    private channel: string,
    private logger: Logger
  ) {}

  /**
   * Says `change` once `client`'s transaction commits (nothing if it rolls
   * back), or now when `client` is not a transaction.
   */
  async afterCommit(client: QueryClientContract, change: PrincipalChange) {
    if (client.isTransaction) {
      ;(client as QueryClientContract & { after: Function }).after('commit', () =>
        this.announce(change)
      )
    } else {
      await this.announce(change)
    }
  }

  /** Tells this process's listeners before it returns, then every other process. */
  async announce(change: PrincipalChange) {
    this.#notify(change)
    const message: Message = { from: this.#process, change }
    try {
      await this.redis.connection().publish(this.channel, JSON.stringify(message))
    } catch (error) {
      // Other processes keep what they hold until it expires (ADR 0020).
      this.logger.error({ err: error, change }, 'principal change not published')
    }
  }

  /**
   * Adds a listener; the Redis subscription starts with the first one. The
   * listener hears `hearing()` once the subscription is up, `deaf()`
   * whenever it drops, and `hearing()` again once it is back.
   */
  listen(listener: PrincipalChangeListener) {
    this.#listeners.add(listener)
    if (this.#subscription) {
      void this.#subscription.then((up) => up && listener.hearing())
      return
    }
    this.#subscription = this.#subscribe()
  }

  #subscribe() {
    const connection = this.redis.connection()
    return new Promise<boolean>((resolve) => {
      connection.subscribe(this.channel, (text) => this.#receive(text), {
        onSubscription: () => {
          connection.on('subscriber:close', () => this.#each((listener) => listener.deaf()))
          connection.on('subscriber:ready', () => void this.#resubscribed())
          this.#each((listener) => listener.hearing())
          resolve(true)
        },
        onError: (error) => {
          this.logger.error({ err: error }, 'principal changes: not subscribed')
          resolve(false)
        },
      })
    })
  }

  /**
   * ioredis subscribes again on reconnecting, after it says it is ready; a
   * PING behind that SUBSCRIBE answers once the server has taken it.
   */
  async #resubscribed() {
    try {
      await this.redis.connection().ioSubscriberConnection?.ping()
      this.#each((listener) => listener.hearing())
    } catch {
      // Dropped again: `subscriber:ready` comes again when it is back.
    }
  }

  #receive(text: string) {
    let message: Message
    try {
      message = JSON.parse(text)
    } catch {
      return
    }
    if (message.from !== this.#process) this.#notify(message.change)
  }

  #notify(change: PrincipalChange) {
    this.#each((listener) => listener.changed(change))
  }

  #each(call: (listener: PrincipalChangeListener) => void) {
    for (const listener of this.#listeners) call(listener)
  }
}
