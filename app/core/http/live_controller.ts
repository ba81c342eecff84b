import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { LiveUpdates } from '#core/live/live_updates'
import { userOf } from '#core/auth/principal'
import { liveStreamValidator, liveSubscriptionValidator } from '#core/validation/live'

/**
 * The live-updates endpoints Transmit's browser client calls
 * (`/__transmit/events`, `subscribe`, `unsubscribe`), for signed-in people
 * only: a stream belongs to its user, and a channel is open to whom the
 * modules say (app/core/live).
 */
@inject()
export default class LiveController {
  constructor(private live: LiveUpdates) {}

  async events(ctx: HttpContext) {
    if (!this.#signedIn(ctx)) return
    const [invalid, input] = await liveStreamValidator.tryValidate(ctx.request.qs())
    if (invalid) return this.#invalid(ctx)
    if (!(await this.live.open(ctx, input.uid))) {
      return ctx.response.conflict({ detail: 'This stream id is taken.', code: 'stream_taken' })
    }
  }

  async subscribe(ctx: HttpContext) {
    if (!this.#signedIn(ctx)) return
    const [invalid, input] = await liveSubscriptionValidator.tryValidate(ctx.request.body())
    if (invalid) return this.#invalid(ctx)
    const { uid, channel } = input
    const outcome = await this.live.subscribe(ctx, uid, channel)
    if (outcome === 'forbidden') {
      return ctx.response.forbidden({
        detail: 'You may not listen to this channel.',
        code: 'permission_denied',
      })
    }
    if (outcome === 'no_stream') {
      return ctx.response.notFound({ detail: 'No open stream has this id.', code: 'not_found' })
    }
    return ctx.response.noContent()
  }

  async unsubscribe(ctx: HttpContext) {
    if (!this.#signedIn(ctx)) return
    const [invalid, input] = await liveSubscriptionValidator.tryValidate(ctx.request.body())
    if (invalid) return this.#invalid(ctx)
    await this.live.unsubscribe(ctx, input.uid, input.channel)
    return ctx.response.noContent()
  }

  /** Transmit's client sends only these two fields: a bad one is a broken client, not a person's typo. */
  #invalid(ctx: HttpContext) {
    return ctx.response.badRequest({
      detail: 'A stream id (uid) and a channel are required.',
      code: 'invalid',
    })
  }

  #signedIn(ctx: HttpContext) {
    if (userOf(ctx.principal)) return true
    ctx.response.unauthorized({
      detail: 'Authentication credentials were not provided.',
      code: 'not_authenticated',
    })
    return false
  }
}
