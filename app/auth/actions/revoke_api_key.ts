import { transaction } from '#core/db/transaction'
import { NotFoundError } from '#core/exceptions/domain_error'
import { API_KEYS_TABLE } from '#auth/services/api_key_store'
import { iso } from '#auth/services/secrets'

/**
 * Revokes a key by its prefix (the part before the dot): requests with it
 * are refused from now on. Revoking a revoked key changes nothing (its first
 * revocation time stays).
 */
export class RevokeApiKey {
  async handle(prefix: string) {
    return transaction(async (trx) => {
      const key = await trx.from(API_KEYS_TABLE).where('prefix', prefix).forUpdate().first()
      if (!key) throw NotFoundError.forResource('ApiKey')
      if (!key.revoked_at) {
        await trx
          .from(API_KEYS_TABLE)
          .where('id', key.id)
          .update({ revoked_at: iso(new Date()) })
      }
      return { prefix: key.prefix as string, name: key.name as string }
    })
  }
}
