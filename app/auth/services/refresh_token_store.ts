import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import identityConfig from '#config/identity'
import { iso, randomSecret, sameDigest, secondsFromNow, sha256 } from '#auth/services/secrets'

export const REFRESH_TOKENS_TABLE = 'auth_refresh_tokens'
const PREFIX = 'ort_'

export type RefreshTokenRow = {
  id: string
  family_id: string
  user_uuid: string
  hash: string
  expires_at: Date | string
  rotated_at: Date | string | null
  revoked_at: Date | string | null
  family_expires_at: Date | string | null
}

/**
 * Refresh tokens `ort_<id>.<secret>`: single use. Each refresh spends one
 * and issues the next in the same family, never outliving the family: a
 * sign-in ends `refreshFamilyTtlSeconds` after it began.
 */
export class RefreshTokenStore {
  /** `familyExpiresAt`: the family's end when continuing one; a new family starts now. */
  async issue(
    userUuid: string,
    familyId: string,
    client: QueryClientContract = db.connection(),
    familyExpiresAt: Date = secondsFromNow(identityConfig.refreshFamilyTtlSeconds)
  ) {
    const id = randomUUID()
    const secret = randomSecret()
    const ownExpiry = secondsFromNow(identityConfig.refreshTokenTtlSeconds)
    await client
      .insertQuery()
      .table(REFRESH_TOKENS_TABLE)
      .insert({
        id,
        family_id: familyId,
        user_uuid: userUuid,
        hash: sha256(secret),
        created_at: iso(new Date()),
        expires_at: iso(ownExpiry < familyExpiresAt ? ownExpiry : familyExpiresAt),
        family_expires_at: iso(familyExpiresAt),
        rotated_at: null,
        revoked_at: null,
      })
    return `${PREFIX}${id}.${secret}`
  }

  /**
   * The row a token value names, locked, when its secret matches; null for
   * anything malformed or unknown.
   */
  findForUpdate(trx: TransactionClientContract, value: string) {
    return this.#find(value, (query) => query.useTransaction(trx).forUpdate())
  }

  /** The row a token value names, read without a lock. */
  find(value: string) {
    return this.#find(value, (query) => query)
  }

  /** Read-only check (token/verify/): usable right now? */
  async isUsable(value: string): Promise<boolean> {
    const row = await this.find(value)
    return row !== null && isUsable(row)
  }

  async #find(
    value: string,
    scope: (query: ReturnType<typeof db.from>) => ReturnType<typeof db.from>
  ): Promise<RefreshTokenRow | null> {
    const match = /^ort_([0-9a-f-]{36})\.([\w-]{20,})$/.exec(value)
    if (!match) return null
    const row: RefreshTokenRow | null = await scope(
      db.from(REFRESH_TOKENS_TABLE).where('id', match[1])
    ).first()
    return row && sameDigest(row.hash, sha256(match[2])) ? row : null
  }

  async markRotated(trx: TransactionClientContract, id: string) {
    await trx
      .from(REFRESH_TOKENS_TABLE)
      .where('id', id)
      .update({ rotated_at: iso(new Date()) })
  }

  async revokeFamily(familyId: string, client: QueryClientContract = db.connection()) {
    await client
      .from(REFRESH_TOKENS_TABLE)
      .where('family_id', familyId)
      .whereNull('revoked_at')
      .update({ revoked_at: iso(new Date()) })
  }

  async revokeAllOf(userUuid: string, client: QueryClientContract = db.connection()) {
    await client
      .from(REFRESH_TOKENS_TABLE)
      .where('user_uuid', userUuid)
      .whereNull('revoked_at')
      .update({ revoked_at: iso(new Date()) })
  }
}

export function isUsable(row: RefreshTokenRow) {
  const now = Date.now()
  return (
    !row.rotated_at &&
    !row.revoked_at &&
    new Date(row.expires_at).getTime() > now &&
    (row.family_expires_at === null || new Date(row.family_expires_at).getTime() > now)
  )
}

/** When the family a token belongs to ends (rows from before the limit: counted from now). */
export function familyExpiry(row: RefreshTokenRow): Date | undefined {
  return row.family_expires_at ? new Date(row.family_expires_at) : undefined
}
