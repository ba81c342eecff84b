import { inject } from '@adonisjs/core'
import { SessionCollection } from '@adonisjs/session'
import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope } from '#core/events/domain_event'
import { UserDeactivated } from '#users/events/user_deactivated'
import { TokenPairs } from '#auth/services/token_pairs'
import { ApiKeyStore } from '#auth/services/api_key_store'

/**
 * A deactivated account keeps no credentials: tokens and the API keys it
 * owns revoked, its browser sessions destroyed (every session id tagged
 * with the user's uuid, in Redis).
 * Idempotent: revoking twice changes nothing.
 */
@inject()
export default class RevokeCredentialsOnUserDeactivated extends Listener<typeof UserDeactivated> {
  static event = UserDeactivated

  constructor(
    private tokens: TokenPairs,
    private apiKeys: ApiKeyStore,
    private sessions: SessionCollection
  ) {
    super()
  }

  async handle(event: EventEnvelope<{ userUuid: string }>, { trx }: ListenerContext) {
    await this.tokens.revokeAllOf(event.payload.userUuid, trx)
    await this.apiKeys.revokeAllOwnedBy(event.payload.userUuid, trx)
    for (const session of await this.sessions.tagged(event.payload.userUuid)) {
      await this.sessions.destroy(session.id)
    }
  }
}
