import { inject } from '@adonisjs/core'
import { UserDirectory } from '#users/contracts/users'
import type { ApiKeyRow } from '#auth/queries/list_api_keys'

/** Who answers for a key, as the console names them. */
export type KeyOwner = { uuid: string; name: string; type: 'STAFF' | 'DRIVER' } | null

export type ApiKeyView = {
  prefix: string
  name: string
  owner: KeyOwner
  scopes: string[]
  created: string
  expires: string | null
  last_used: string | null
  revoked: string | null
  /** Why the key cannot be revoked, or null. */
  revokeBlockedBecause: string | null
}

/** Keys for the console, their owners batch-loaded through the users contract. */
@inject()
export class ApiKeyViews {
  constructor(private users: UserDirectory) {}

  async of(rows: ApiKeyRow[]): Promise<ApiKeyView[]> {
    const owners = await this.users.profiles(rows.flatMap((row) => row.ownerUuid ?? []))
    return rows.map((row) => {
      const owner = row.ownerUuid ? owners.get(row.ownerUuid) : undefined
      return {
        prefix: row.prefix,
        name: row.name,
        owner: owner
          ? { uuid: owner.uuid, name: owner.fullname || owner.username, type: owner.type }
          : null,
        scopes: row.scopes,
        created: row.createdAt,
        expires: row.expiresAt,
        last_used: row.lastUsedAt,
        revoked: row.revokedAt,
        revokeBlockedBecause: row.revokedAt ? 'This key is already revoked.' : null,
      }
    })
  }
}
