import { inject } from '@adonisjs/core'
import { transaction } from '#core/db/transaction'
import { PrincipalChanges } from '#core/auth/principal_changes'
import { NotFoundError } from '#core/exceptions/domain_error'
import { API_KEYS_TABLE } from '#auth/services/api_key_store'
import { iso } from '#auth/services/secrets'

/**
 * Revokes a key by its prefix (the part before the dot): requests with it
 * are refused from now on, by every process that keeps it once the
 * revocation commits (ADR 0020). Revoking a revoked key changes nothing
 * (its first revocation time stays).
 */
@inject()
export class RevokeApiKey {
  constructor(private changes: PrincipalChanges) {}

  async handle(prefix: string) {
    return transaction(async (trx) => {
      const key = await trx.from(API_KEYS_TABLE).where('prefix', prefix).forUpdate().first()
      if (!key) throw NotFoundError.forResource('ApiKey')
      if (!key.revoked_at) {
        await trx
          .from(API_KEYS_TABLE)
          .where('id', key.id)
          .update({ revoked_at: iso(new Date()) })
        this.changes.afterCommit(trx, { apiKeyPrefix: key.prefix })
      }
      return { prefix: key.prefix as string, name: key.name as string }
    })
  }
}
