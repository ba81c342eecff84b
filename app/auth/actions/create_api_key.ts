import { inject } from '@adonisjs/core'
import type { ApiScope } from '#core/auth/principal'
import { transaction } from '#core/db/transaction'
import { FieldError } from '#core/exceptions/domain_error'
import { UserDirectory } from '#users/contracts/users'
import { ApiKeyStore } from '#auth/services/api_key_store'

export type NewApiKey = {
  name: string
  /** The person responsible for the key; their keys are revoked when they leave. */
  ownerUuid: string | null
  scopes: ApiScope[]
  expiresAt: Date | null
}

export const OWNER_NOT_ACTIVE = 'Choose a person whose account is active.'

/**
 * Issues a partner-system key. The secret is in the answer only (the store
 * keeps its hash): the console shows it once, `apikeys:create` prints it once.
 * The owner's row stays share-locked until the key is in: a ban or an
 * unregister that comes first is seen here; one that comes later waits, and
 * then revokes this key with the owner's others.
 */
@inject()
export class CreateApiKey {
  constructor(
    private store: ApiKeyStore,
    private users: UserDirectory
  ) {}

  async handle(input: NewApiKey) {
    const created = await transaction(async (trx) => {
      if (input.ownerUuid !== null && !(await this.users.holdActive(input.ownerUuid, trx))) {
        throw new FieldError('owner_uuid', OWNER_NOT_ACTIVE)
      }
      return this.store.create(input, trx)
    })
    return { ...created, name: input.name }
  }
}
