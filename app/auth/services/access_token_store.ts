import { type Secret } from '@adonisjs/core/helpers'
import { AccessToken } from '@adonisjs/auth/access_tokens'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import identityConfig from '#config/identity'
import { iso, secondsFromNow } from '#auth/services/secrets'
import { touchLastUsed } from '#auth/services/last_used'
import { preparedRows } from '#core/db/prepared'
import type { PrincipalChanges } from '#core/auth/principal_changes'
import type { CredentialCache } from '#auth/services/credential_cache'

export const ACCESS_TOKENS_TABLE = 'auth_access_tokens'
const PREFIX = 'oat_'
const TYPE = 'access_token'
const SECRET_LENGTH = 40
/**
 * Every authenticated API call runs it: a prepared statement, whose
 * columns are named (a prepared `*` fails once a migration adds a column).
 */
const FIND_SQL =
  'select id, tokenable_id, family_id, type, name, hash, abilities, created_at, updated_at, ' +
  `last_used_at, expires_at from ${ACCESS_TOKENS_TABLE} where id = ? and type = ? limit 1`

type Row = {
  id: number
  tokenable_id: string
  family_id: string
  type: string
  name: string | null
  hash: string
  abilities: string
  created_at: Date | string
  updated_at: Date | string
  last_used_at: Date | string | null
  expires_at: Date | string | null
}

export type FamilyAccessToken = AccessToken & { familyId: string }

/**
 * Opaque access tokens in the AdonisJS access-token format (`oat_…`, CRC
 * checked, stored as a hash) keyed by user uuid, each belonging to a
 * sign-in "family" so a whole sign-in can be revoked at once. Verified
 * tokens are kept for a moment in `cache` (ADR 0020); revoking them says so
 * through `changes` once it commits, so no process keeps them.
 */
export class AccessTokenStore {
  constructor(
    private changes: PrincipalChanges,
    private cache?: CredentialCache
  ) {}

  async issue(userUuid: string, familyId: string, client: QueryClientContract = db.connection()) {
    const transient = AccessToken.createTransientToken(
      userUuid,
      SECRET_LENGTH,
      identityConfig.accessTokenTtlSeconds
    )
    const now = new Date()
    const [inserted] = await client
      .insertQuery()
      .table(ACCESS_TOKENS_TABLE)
      .insert({
        tokenable_id: userUuid,
        family_id: familyId,
        type: TYPE,
        name: null,
        hash: transient.hash,
        abilities: JSON.stringify(['*']),
        created_at: iso(now),
        updated_at: iso(now),
        last_used_at: null,
        expires_at: iso(secondsFromNow(identityConfig.accessTokenTtlSeconds)),
      })
      .returning('id')
    const id = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted
    const token = new AccessToken({
      identifier: id,
      tokenableId: userUuid,
      type: TYPE,
      hash: transient.hash,
      name: null,
      prefix: PREFIX,
      secret: transient.secret,
      abilities: ['*'],
      createdAt: now,
      updatedAt: now,
      lastUsedAt: null,
      expiresAt: transient.expiresAt ?? null,
    })
    return token.value!.release()
  }

  async verify(tokenValue: Secret<string>): Promise<FamilyAccessToken | null> {
    const decoded = AccessToken.decode(PREFIX, tokenValue.release())
    if (!decoded || !/^\d+$/.test(decoded.identifier)) return null

    const id = Number(decoded.identifier)
    // A kept token that does not verify may be another one by now (an id
    // used again after a restore): the database decides.
    const kept = this.cache?.keptToken(id)
    const token = kept?.verify(decoded.secret) ? kept : await this.#find(id, decoded.secret)
    if (!token || token.isExpired()) return null

    if (await touchLastUsed(ACCESS_TOKENS_TABLE, id, token.lastUsedAt)) {
      token.lastUsedAt = new Date()
    }
    return token
  }

  async revokeFamily(familyId: string, client: QueryClientContract = db.connection()) {
    await client.from(ACCESS_TOKENS_TABLE).where('family_id', familyId).delete()
    this.changes.afterCommit(client, { familyId })
  }

  async revokeAllOf(userUuid: string, client: QueryClientContract = db.connection()) {
    await client.from(ACCESS_TOKENS_TABLE).where('tokenable_id', userUuid).delete()
    this.changes.afterCommit(client, { userUuid })
  }

  /**
   * The token with this id if `secret` is its secret, read; kept (when
   * there is a cache) only then, and only while unexpired.
   */
  async #find(id: number, secret: Secret<string>) {
    const read = async () => {
      const [row] = await preparedRows<Row>(FIND_SQL, [id, TYPE])
      if (!row) return null
      const token = Object.assign(this.#toAccessToken(row), { familyId: row.family_id })
      return token.verify(secret) ? token : null
    }
    if (!this.cache) return read()
    return this.cache.loadToken(id, read, (token) => !token.isExpired())
  }

  #toAccessToken(row: Row) {
    const date = (value: Date | string | null) => (value === null ? null : new Date(value))
    return new AccessToken({
      identifier: row.id,
      tokenableId: row.tokenable_id,
      type: row.type,
      name: row.name,
      hash: row.hash,
      abilities: JSON.parse(row.abilities),
      createdAt: date(row.created_at)!,
      updatedAt: date(row.updated_at)!,
      lastUsedAt: date(row.last_used_at),
      expiresAt: date(row.expires_at),
    })
  }
}
