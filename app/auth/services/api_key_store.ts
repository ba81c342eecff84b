import { randomBytes, randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import { API_SCOPES, type ApiKeyIdentity, type ApiScope } from '#core/auth/principal'
import { iso, randomSecret, sameDigest, sha256 } from '#auth/services/secrets'
import { touchLastUsed } from '#auth/services/last_used'
import type { CredentialCache } from '#auth/services/credential_cache'

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

/** A key whose secret was checked once: what a request needs of it (ADR 0020). */
export type VerifiedApiKey = {
  identity: ApiKeyIdentity
  hash: string
  expiresAt: number | null
  lastUsedAt: Date | null
}

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value)
}

/**
 * Partner-system keys `<prefix>.<secret>`: the prefix finds the row, the
 * secret is stored only as a hash. Shown once, at creation. A key that
 * verified is kept for a moment by `cache` (ADR 0020), until it is revoked
 * (`RevokeApiKey` says so) or its owner changes.
 */
export class ApiKeyStore {
  constructor(private cache?: CredentialCache) {}

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
    const [, prefix, secret] = match
    const digest = sha256(secret)
    // A kept key whose hash does not match may have been replaced since (a
    // restore): the database decides.
    const kept = this.cache?.keptApiKey(prefix)
    const key = kept && sameDigest(kept.hash, digest) ? kept : await this.#find(prefix, digest)
    if (!key || isExpired(key)) return null

    if (await touchLastUsed(API_KEYS_TABLE, key.identity.id, key.lastUsedAt)) {
      key.lastUsedAt = new Date()
    }
    // A copy: what is kept is never changed by a request.
    return { ...key.identity, scopes: [...key.identity.scopes] }
  }

  /** Revokes every live key a user owns (the account was deactivated or banned). */
  async revokeAllOwnedBy(ownerUuid: string, client: QueryClientContract = db.connection()) {
    await client
      .from(API_KEYS_TABLE)
      .where('owner_uuid', ownerUuid)
      .whereNull('revoked_at')
      .update({ revoked_at: iso(new Date()) })
  }

  /**
   * The live key with this prefix if `digest` is its secret's, read; kept
   * (when there is a cache) only then, and only while unexpired.
   */
  async #find(prefix: string, digest: string) {
    const read = async (): Promise<VerifiedApiKey | null> => {
      const row: Row | null = await db.from(API_KEYS_TABLE).where('prefix', prefix).first()
      if (!row || !sameDigest(row.hash, digest) || row.revoked_at) return null
      return {
        identity: {
          id: row.id,
          prefix: row.prefix,
          name: row.name,
          ownerUuid: row.owner_uuid,
          scopes: (JSON.parse(row.scopes) as string[]).filter(isApiScope),
        },
        hash: row.hash,
        expiresAt: row.expires_at ? new Date(row.expires_at).getTime() : null,
        lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
      }
    }
    if (!this.cache) return read()
    return this.cache.loadApiKey(prefix, read, (key) => !isExpired(key))
  }
}

function isExpired(key: VerifiedApiKey) {
  return key.expiresAt !== null && key.expiresAt <= Date.now()
}
