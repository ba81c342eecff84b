import { randomBytes, randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { API_SCOPES, type ApiKeyIdentity, type ApiScope } from '#core/auth/principal'
import { iso, randomSecret, sameDigest, sha256 } from '#auth/services/secrets'
import { touchLastUsed } from '#auth/services/last_used'

export const API_KEYS_TABLE = 'auth_api_keys'

type Row = {
  id: string
  prefix: string
  hash: string
  name: string
  owner_uuid: string | null
  scopes: string
  created_at: Date | string
  expires_at: Date | string | null
  revoked_at: Date | string | null
  last_used_at: Date | string | null
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value)
}

/**
 * Partner-system keys `<prefix>.<secret>`: the prefix finds the row, the
 * secret is stored only as a hash. Shown once, at creation.
 */
export class ApiKeyStore {
  /** Use `CreateApiKey` (it checks the owner); `client` is its transaction. */
  async create(
    input: {
      name: string
      ownerUuid: string | null
      scopes: ApiScope[]
      expiresAt: Date | null
    },
    client: QueryClientContract = db.connection()
  ) {
    const prefix = randomBytes(6).toString('base64url').slice(0, 8)
    const secret = randomSecret(24)
    const id = randomUUID()
    await client
      .insertQuery()
      .table(API_KEYS_TABLE)
      .insert({
        id,
        prefix,
        hash: sha256(secret),
        name: input.name,
        owner_uuid: input.ownerUuid,
        scopes: JSON.stringify(input.scopes),
        created_at: iso(new Date()),
        expires_at: input.expiresAt ? iso(input.expiresAt) : null,
        revoked_at: null,
        last_used_at: null,
      })
    return { id, prefix, key: `${prefix}.${secret}` }
  }

  /** The identity of a valid key (exists, not revoked, not expired), or null. */
  async verify(value: string): Promise<ApiKeyIdentity | null> {
    const match = /^([\w-]{8})\.([\w-]{20,})$/.exec(value.trim())
    if (!match) return null
    const row: Row | null = await db.from(API_KEYS_TABLE).where('prefix', match[1]).first()
    if (!row || !sameDigest(row.hash, sha256(match[2]))) return null
    if (row.revoked_at) return null
    if (row.expires_at && new Date(row.expires_at).getTime() <= Date.now()) return null

    await touchLastUsed(API_KEYS_TABLE, row.id, row.last_used_at)
    return this.#identity(row)
  }

  /** Revokes every live key a user owns (the account was deactivated or banned). */
  async revokeAllOwnedBy(ownerUuid: string, client: QueryClientContract = db.connection()) {
    await client
      .from(API_KEYS_TABLE)
      .where('owner_uuid', ownerUuid)
      .whereNull('revoked_at')
      .update({ revoked_at: iso(new Date()) })
  }

  #identity(row: Row): ApiKeyIdentity {
    return {
      id: row.id,
      prefix: row.prefix,
      name: row.name,
      ownerUuid: row.owner_uuid,
      scopes: (JSON.parse(row.scopes) as string[]).filter(isApiScope),
    }
  }
}
