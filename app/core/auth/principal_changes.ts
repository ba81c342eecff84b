import { randomUUID } from 'node:crypto'
import type { Logger } from '@adonisjs/core/logger'
import type { RedisService } from '@adonisjs/redis/types'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'

/**
 * What a request's principal was built from has changed: an account's state
 * (banned, deactivated), or its credentials (one sign-in's tokens, or all
 * of them, revoked; one API key, by its prefix, revoked).
 */
export type PrincipalChange = { userUuid: string } | { familyId: string } | { apiKeyPrefix: string }

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
  #subscribed = false
  /** Whether the subscription is up: every change published now is heard. */
  #up = false

  constructor(
    private redis: RedisService,
    private channel: string,
    private logger: Logger
  ) {}

  /**
   * Says `change` once `client`'s transaction commits (nothing if it rolls
   * back), or now when `client` is not a transaction.
   */
  afterCommit(client: QueryClientContract, change: PrincipalChange) {
    if (client.isTransaction) {
      ;(client as QueryClientContract & { after: Function }).after('commit', () =>
        this.announce(change)
      )
    } else {
      this.announce(change)
    }
  }

  /**
   * Tells this process's listeners before it returns, and every other
   * process as soon as Redis takes the message. Not waited for: a Redis
   * outage must not hold up a sign-out or a ban (processes that cannot
   * reach Redis either are deaf and keep nothing; ADR 0020).
   */
  announce(change: PrincipalChange) {
    this.#notify(change)
    const message: Message = { from: this.#process, change }
    this.redis
      .connection()
      .publish(this.channel, JSON.stringify(message))
      .catch((error) => {
        // Other processes keep what they hold until it expires (ADR 0020).
        this.logger.error({ err: error, change }, 'principal change not published')
      })
  }

  /**
   * Adds a listener; the Redis subscription starts with the first one. The
   * listener hears `hearing()` whenever the subscription is (again) up, and
   * `deaf()` whenever it drops.
   */
  listen(listener: PrincipalChangeListener) {
    this.#listeners.add(listener)
    if (this.#up) listener.hearing()
    if (this.#subscribed) return
    this.#subscribed = true
    this.#subscribe()
  }

  #subscribe() {
    const connection = this.redis.connection()
    connection.subscribe(this.channel, (text) => this.#receive(text), {
      onSubscription: () => {
        connection.on('subscriber:close', () => this.#down())
        connection.on('subscriber:ready', () => void this.#resubscribed())
        this.#upAgain()
      },
      onError: (error) => {
        // Nothing is kept by this process, as when Redis is down.
        this.logger.error({ err: error }, 'principal changes: not subscribed')
      },
    })
  }

  /**
   * ioredis subscribes again on reconnecting, after it says it is ready; a
   * PING behind that SUBSCRIBE answers once the server has taken it.
   */
  async #resubscribed() {
    const subscriber = this.redis.connection().ioSubscriberConnection
    try {
      if (!subscriber) return
      await subscriber.ping()
      if (subscriber.status === 'ready') this.#upAgain()
    } catch {
      // Dropped again: `subscriber:ready` comes again when it is back.
    }
  }

  #upAgain() {
    this.#up = true
    this.#each((listener) => listener.hearing())
  }

  #down() {
    this.#up = false
    this.#each((listener) => listener.deaf())
  }

  #receive(text: string) {
    const change = changeIn(text, this.#process)
    if (change) this.#notify(change)
  }

  #notify(change: PrincipalChange) {
    this.#each((listener) => listener.changed(change))
  }

  #each(call: (listener: PrincipalChangeListener) => void) {
    for (const listener of this.#listeners) call(listener)
  }
}

/** The change a message from another process names, if it names one. */
function changeIn(text: string, self: string): PrincipalChange | null {
  let message: {
    from?: unknown
    change?: { userUuid?: unknown; familyId?: unknown; apiKeyPrefix?: unknown }
  } | null
  try {
    message = JSON.parse(text)
  } catch {
    return null
  }
  const change = message?.change
  if (!change || message!.from === self) return null
  if (typeof change.userUuid === 'string') return { userUuid: change.userUuid }
  if (typeof change.familyId === 'string') return { familyId: change.familyId }
  if (typeof change.apiKeyPrefix === 'string') return { apiKeyPrefix: change.apiKeyPrefix }
  return null
}
