import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { HttpContext } from '@adonisjs/core/http'
import type { RedisService } from '@adonisjs/redis/types'
import type { Transmit } from '@boringnode/transmit'
import { type LiveChannels } from '#core/live/live_channels'
import { userOf } from '#core/auth/principal'
import { endsAtShutdown } from '#core/http/graceful_server'

/** What a page hears: "this changed" (it reloads what it shows), never the data itself. */
export type LiveChange = { type: string; uuid?: string }

type RelayMessage =
  | {
      op: 'subscribe' | 'unsubscribe'
      id: string
      from: string
      uid: string
      owner: string
      channel: string
    }
  | { op: 'takeover'; from: string; uid: string; owner: string }
  | { op: 'done'; id: string; to: string }

/** How long a subscribe request waits for the process that holds the stream. */
const RELAY_TIMEOUT_MS = 2_000

/**
 * Live updates over Server-Sent Events, on Transmit with its Redis transport
 * (every web process hears every broadcast, the worker's included).
 *
 * Transmit keeps a stream's subscriptions in the process that holds the
 * stream, so behind a round-robin balancer a subscribe request that lands on
 * another process would fail. Here the process that receives the request
 * checks the channel against the requester's principal, then subscribes the
 * stream itself if it holds it, or asks every process over Redis pub/sub;
 * the one holding the stream subscribes it (only for the stream's own user)
 * and answers, and the request waits for that answer (ADR 0014).
 */
export class LiveUpdates {
  readonly #process = randomUUID()
  /** Streams held by this process: uid → the uuid of the user it belongs to. */
  readonly #owners = new Map<string, string>()
  readonly #streams = new Map<string, ServerResponse>()
  readonly #waiting = new Map<string, () => void>()
  #listening?: Promise<void>

  constructor(
    private transmit: Transmit<HttpContext>,
    private redis: RedisService,
    readonly channels: LiveChannels,
    private relayChannel: string
  ) {}

  /** Says "this changed" on each channel, to its subscribers on every web process. */
  changed(channels: string[], change: LiveChange) {
    for (const channel of new Set(channels)) this.transmit.broadcast(channel, change)
  }

  /** Opens the event stream of a signed-in user; `false` when the uid is another user's. */
  async open(ctx: HttpContext, uid: string) {
    const owner = userOf(ctx.principal)!.uuid
    const holder = this.#owners.get(uid)
    if (holder && holder !== owner) return false
    await this.#listen()
    // The browser reconnects with the same uid: the connection it left (here,
    // or still open on another process, a phone that changed networks) ends,
    // so subscriptions always reach the stream it reads now.
    const previous = this.#streams.get(uid)
    if (previous) await ended(previous)
    const takeover: RelayMessage = { op: 'takeover', from: this.#process, uid, owner }
    await this.redis.connection().publish(this.relayChannel, JSON.stringify(takeover))
    const response = ctx.response.response
    const stream = this.transmit.createStream({
      uid,
      context: ctx,
      request: ctx.request.request,
      response,
      injectResponseHeaders: ctx.response.getHeaders(),
    })
    this.#owners.set(uid, owner)
    this.#streams.set(uid, response)
    endsAtShutdown(response)
    response.on('close', () => {
      if (this.#streams.get(uid) !== response) return
      this.#owners.delete(uid)
      this.#streams.delete(uid)
    })
    ctx.response.stream(stream)
    return true
  }

  /**
   * Subscribes the stream `uid` (of the requesting user, on whichever process
   * holds it) to `channel`: `forbidden` when the principal may not listen
   * there, `no_stream` when no process holds such a stream of this user.
   */
  async subscribe(ctx: HttpContext, uid: string, channel: string) {
    if (!(await this.channels.mayListen(ctx, channel))) return 'forbidden' as const
    const subscribed = await this.#route('subscribe', uid, userOf(ctx.principal)!.uuid, channel)
    return subscribed ? ('subscribed' as const) : ('no_stream' as const)
  }

  async unsubscribe(ctx: HttpContext, uid: string, channel: string) {
    return this.#route('unsubscribe', uid, userOf(ctx.principal)!.uuid, channel)
  }

  /** Here if this process holds the stream, else through the process that does. */
  #route(op: 'subscribe' | 'unsubscribe', uid: string, owner: string, channel: string) {
    return this.#owners.has(uid)
      ? this.#apply(op, uid, owner, channel)
      : this.#relay(op, uid, owner, channel)
  }

  async #apply(op: 'subscribe' | 'unsubscribe', uid: string, owner: string, channel: string) {
    if (this.#owners.get(uid) !== owner) return false
    if (op === 'unsubscribe') {
      return this.transmit.unsubscribe({ uid, channel, context: undefined as never })
    }
    return this.transmit.subscribe({
      uid,
      channel,
      context: undefined as never,
      skipAuthorization: true,
    })
  }

  async #relay(op: 'subscribe' | 'unsubscribe', uid: string, owner: string, channel: string) {
    await this.#listen()
    const id = randomUUID()
    const answered = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id)
        resolve(false)
      }, RELAY_TIMEOUT_MS)
      this.#waiting.set(id, () => {
        clearTimeout(timer)
        this.#waiting.delete(id)
        resolve(true)
      })
    })
    const message: RelayMessage = { op, id, from: this.#process, uid, owner, channel }
    await this.redis.connection().publish(this.relayChannel, JSON.stringify(message))
    return answered
  }

  #listen() {
    this.#listening ??= new Promise<void>((resolve, reject) => {
      this.redis.connection().subscribe(this.relayChannel, (text) => void this.#onRelay(text), {
        onSubscription: () => resolve(),
        onError: (error: unknown) => reject(error),
      })
    }).catch((error) => {
      // Redis was not there: the next stream or subscription tries again.
      this.#listening = undefined
      throw error
    })
    return this.#listening
  }

  async #onRelay(text: string) {
    try {
      await this.#handleRelay(JSON.parse(text) as RelayMessage)
    } catch {
      // A malformed message or Redis failing mid-answer: the asking process
      // times out and answers 404, and the browser subscribes again.
    }
  }

  async #handleRelay(message: RelayMessage) {
    if (message.op === 'takeover') {
      const response = this.#streams.get(message.uid)
      const ours = message.from !== this.#process && this.#owners.get(message.uid) === message.owner
      if (response && ours) await ended(response)
      return
    }
    if (message.op === 'done') {
      if (message.to === this.#process) this.#waiting.get(message.id)?.()
      return
    }
    if (message.from === this.#process || !this.#owners.has(message.uid)) return
    if (await this.#apply(message.op, message.uid, message.owner, message.channel)) {
      const done: RelayMessage = { op: 'done', id: message.id, to: message.from }
      await this.redis.connection().publish(this.relayChannel, JSON.stringify(done))
    }
  }
}

/** Ends a stream's response and waits until it has closed (its subscriptions are gone then). */
function ended(response: ServerResponse) {
  if (response.closed) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1_000)
    response.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
    response.end()
  })
}
