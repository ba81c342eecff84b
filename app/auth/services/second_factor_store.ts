import { randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import encryption from '@adonisjs/core/services/encryption'
import type { QueryClientContract, TransactionClientContract } from '@adonisjs/lucid/types/database'
import { transaction } from '#core/db/transaction'
import { iso } from '#auth/services/secrets'
import { SecondFactorStateConflict } from '#auth/exceptions/auth_errors'

export const TOTP_SECRETS_TABLE = 'auth_totp_secrets'
export const RECOVERY_CODES_TABLE = 'auth_recovery_codes'

type TotpRow = {
  user_uuid: string
  secret_ciphertext: string
  confirmed_at: Date | string | null
  last_used_step: number | null
}

export type TotpSecret = {
  /** base32 */
  secret: string
  /** As stored: names this secret among the ones the user set up (see `spendStep`). */
  ciphertext: string
  confirmedAt: Date | null
  lastUsedStep: number | null
}

/** The encryption purpose binds a ciphertext to its user: a row copied to another user does not decrypt. */
const purposeFor = (userUuid: string) => `auth:totp:${userUuid}`

/**
 * The rows of the staff second factor: one TOTP secret per user (encrypted
 * with the app's `encryption` service) and its recovery codes (keyed hashes).
 * Writes that spend something (a time step, a recovery code) are one
 * conditional UPDATE each, so two requests cannot both spend it.
 */
export class SecondFactorStore {
  async find(userUuid: string, client: QueryClientContract = db.connection()) {
    const row: TotpRow | null = await client
      .from(TOTP_SECRETS_TABLE)
      .where('user_uuid', userUuid)
      .first()
    if (!row) return null
    const secret = encryption.decrypt<string>(row.secret_ciphertext, purposeFor(userUuid))
    if (typeof secret !== 'string') return null
    return {
      secret,
      ciphertext: row.secret_ciphertext,
      confirmedAt: row.confirmed_at === null ? null : new Date(row.confirmed_at),
      lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
    } satisfies TotpSecret
  }

  /** Whether the user has a confirmed authenticator: sign-in asks for a code. */
  async isEnabled(userUuid: string): Promise<boolean> {
    const row = await db
      .from(TOTP_SECRETS_TABLE)
      .where('user_uuid', userUuid)
      .whereNotNull('confirmed_at')
      .select('user_uuid')
      .first()
    return Boolean(row)
  }

  /**
   * A new, unconfirmed secret (replacing an unconfirmed one), in one
   * statement, so two set-ups at once both succeed and the later one wins;
   * false, and nothing written, when the user's secret is confirmed.
   */
  async savePending(userUuid: string, secret: string): Promise<boolean> {
    const now = iso(new Date())
    const saved = await db
      .knexQuery()
      .table(TOTP_SECRETS_TABLE)
      .insert({
        user_uuid: userUuid,
        secret_ciphertext: encryption.encrypt(secret, undefined, purposeFor(userUuid)),
        confirmed_at: null,
        last_used_step: null,
        created_at: now,
        updated_at: now,
      })
      .onConflict('user_uuid')
      .merge(['secret_ciphertext', 'last_used_step', 'created_at', 'updated_at'])
      .whereNull(`${TOTP_SECRETS_TABLE}.confirmed_at`)
      .returning('user_uuid')
    return saved.length === 1
  }

  async deletePending(userUuid: string) {
    await db
      .from(TOTP_SECRETS_TABLE)
      .where('user_uuid', userUuid)
      .whereNull('confirmed_at')
      .delete()
  }

  /**
   * Records `step` as used when it is later than the last one used (and,
   * with `confirming`, turns on that pending secret, the one the code was
   * checked against); false when another request used it or a later step
   * first, or a new set-up replaced the secret meanwhile.
   */
  async spendStep(
    client: QueryClientContract,
    userUuid: string,
    step: number,
    options: { confirming?: TotpSecret } = {}
  ): Promise<boolean> {
    const now = iso(new Date())
    const changes: Record<string, unknown> = { last_used_step: step, updated_at: now }
    if (options.confirming) changes.confirmed_at = now
    const updated = await client
      .from(TOTP_SECRETS_TABLE)
      .where('user_uuid', userUuid)
      .where((query) =>
        options.confirming
          ? query
              .whereNull('confirmed_at')
              .where('secret_ciphertext', options.confirming.ciphertext)
          : query.whereNotNull('confirmed_at')
      )
      .where((query) => query.whereNull('last_used_step').orWhere('last_used_step', '<', step))
      .update(changes)
    return affected(updated) === 1
  }

  /** Marks an unused recovery code used; false when there was none. */
  async spendRecoveryCode(userUuid: string, codeHash: string): Promise<boolean> {
    const updated = await db
      .from(RECOVERY_CODES_TABLE)
      .where({ user_uuid: userUuid, code_hash: codeHash })
      .whereNull('used_at')
      .update({ used_at: iso(new Date()) })
    return affected(updated) === 1
  }

  /**
   * Replaces every recovery code of the user, in the caller's transaction.
   * The factor's row is locked first, so two replacements at once leave one
   * set (each would otherwise delete only the codes it saw); a factor
   * turned off meanwhile is a 409.
   */
  async replaceRecoveryCodes(
    client: TransactionClientContract,
    userUuid: string,
    hashes: string[]
  ) {
    const factor = await client
      .from(TOTP_SECRETS_TABLE)
      .where('user_uuid', userUuid)
      .forUpdate()
      .select('user_uuid')
      .first()
    if (!factor) throw new SecondFactorStateConflict('Two-factor sign-in is off.')
    const now = iso(new Date())
    await client.from(RECOVERY_CODES_TABLE).where('user_uuid', userUuid).delete()
    await client.table(RECOVERY_CODES_TABLE).multiInsert(
      hashes.map((codeHash) => ({
        id: randomUUID(),
        user_uuid: userUuid,
        code_hash: codeHash,
        created_at: now,
        used_at: null,
      }))
    )
  }

  async unusedRecoveryCodes(userUuid: string): Promise<number> {
    const [row] = await db
      .from(RECOVERY_CODES_TABLE)
      .where('user_uuid', userUuid)
      .whereNull('used_at')
      .count('* as total')
    return Number(row?.total ?? 0)
  }

  /**
   * Turns the factor off: the secret and every recovery code go, the
   * secret's row first, the order `replaceRecoveryCodes` locks them in.
   */
  async deleteAll(userUuid: string) {
    await transaction(async (trx) => {
      await trx.from(TOTP_SECRETS_TABLE).where('user_uuid', userUuid).delete()
      await trx.from(RECOVERY_CODES_TABLE).where('user_uuid', userUuid).delete()
    })
  }
}

/** Rows an UPDATE changed (knex answers a count, or an array of one on some dialects). */
function affected(result: unknown): number {
  return Number(Array.isArray(result) ? result[0] : result)
}
