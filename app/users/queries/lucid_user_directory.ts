import { createHash } from 'node:crypto'
import hash from '@adonisjs/core/services/hash'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { canSignIn } from '#core/auth/principal'
import { whereContains } from '#core/db/contains'
import { inListCondition } from '#core/db/id_lists'
import { isoDateOf } from '#core/db/timestamps'
import { preparedRows } from '#core/db/prepared'
import User from '#users/models/user'
import { ProfileTransformer } from '#users/transformers/profile_transformer'
import { thumbnailUrl } from '#users/services/profile_images'
import {
  UserDirectory,
  type AuthenticatedUser,
  type DriverSummary,
  type UserProfile,
  type UserType,
} from '#users/contracts/users'

export function bannedPhoneHash(phonenumber: string) {
  return createHash('sha256').update(phonenumber).digest('hex')
}

/**
 * A hash of a password nobody has: verifying against it costs what a real
 * check costs, so unknown usernames answer as slowly as wrong passwords.
 */
let decoyHash: Promise<string> | undefined

/** The columns of `AuthenticatedUser`. */
const FIND_BY_UUID_SQL =
  'select uuid, username, type, is_admin, is_active, banned, phonenumber from users ' +
  'where uuid = ? limit 1'

/** The columns of `ProfileFacts`, the profile joined (a user may have none yet). */
const PROFILES_SQL =
  'select "u"."uuid", "u"."username", "u"."phonenumber", "u"."type", "u"."is_admin", ' +
  '"p"."fullname", "p"."dob", "p"."thumbnail_key" ' +
  'from "users" as "u" left join "user_profiles" as "p" on "p"."user_id" = "u"."id"'

export class LucidUserDirectory extends UserDirectory {
  /**
   * Every signed-in request reads its user afresh (a ban or a deactivation
   * acts at once): a prepared statement, and no model for a row only read.
   */
  async findByUuid(uuid: string): Promise<AuthenticatedUser | null> {
    const [row] = await preparedRows(FIND_BY_UUID_SQL, [uuid])
    if (!row) return null
    return {
      uuid: row.uuid,
      username: row.username,
      type: row.type,
      isAdmin: Boolean(row.is_admin),
      isActive: Boolean(row.is_active),
      banned: Boolean(row.banned),
      phonenumber: row.phonenumber,
    }
  }

  async findByPhonenumber(phonenumber: string): Promise<AuthenticatedUser | null> {
    const user = await User.findBy('phonenumber', phonenumber)
    return user?.toAuthenticatedUser() ?? null
  }

  async verifyPassword(username: string, password: string): Promise<AuthenticatedUser | null> {
    const user = await User.findBy('username', username)
    if (!user?.password) {
      decoyHash ??= hash.make('waybill-decoy-password')
      await hash.verify(await decoyHash, password)
      return null
    }
    const matches = await hash.verify(user.password, password)
    const account = user.toAuthenticatedUser()
    return matches && canSignIn(account) ? account : null
  }

  /**
   * Every transport a list shows embeds its driver and its centers' staff:
   * one prepared statement, its rows read as they are (no user and profile
   * model per person).
   */
  async profiles(uuids: string[]): Promise<Map<string, UserProfile>> {
    const result = new Map<string, UserProfile>()
    if (uuids.length === 0) return result
    const client = db.connection()
    const list = inListCondition(client, '"u"."uuid"', [...new Set(uuids)])
    const rows = await preparedRows(`${PROFILES_SQL} where ${list.sql}`, [list.binding], client)
    for (const row of rows) {
      const facts = {
        uuid: row.uuid,
        username: row.username,
        phonenumber: row.phonenumber,
        type: row.type,
        isAdmin: Boolean(row.is_admin),
        fullname: row.fullname ?? null,
        dob: isoDateOf(row.dob, 'user_profiles.dob'),
      }
      result.set(row.uuid, ProfileTransformer.toJson(facts, await thumbnailUrl(row.thumbnail_key)))
    }
    return result
  }

  async searchActive(type: UserType, term: string, limit = 20): Promise<UserProfile[]> {
    const query = User.query()
      .leftJoin('user_profiles as p', 'p.user_id', 'users.id')
      .where({ 'users.type': type, 'users.is_active': true, 'users.banned': false })
    const matches = await whereContains(
      query,
      ['users.username', 'p.fullname', 'users.phonenumber'],
      term
    )
      .orderByRaw(`lower(coalesce(nullif(p.fullname, ''), users.username))`)
      .orderBy('users.id')
      .limit(limit)
      .select('users.uuid')
    const profiles = await this.profiles(matches.map((user) => user.uuid))
    return matches.flatMap((user) => profiles.get(user.uuid) ?? [])
  }

  async isActiveDriver(
    uuid: string,
    options: { trx?: TransactionClientContract } = {}
  ): Promise<boolean> {
    const user = await User.query({ client: options.trx })
      .where({ uuid, type: 'DRIVER', is_active: true, banned: false })
      .first()
    return Boolean(user)
  }

  async holdActive(uuid: string, trx: TransactionClientContract, type?: UserType) {
    const user = await User.query({ client: trx })
      .where({ uuid, is_active: true, banned: false })
      .if(type, (query) => query.where('type', type!))
      .forShare()
      .first()
    return Boolean(user)
  }

  async isPhonenumberBanned(phonenumber: string): Promise<boolean> {
    const user = await User.query().where('banned_phone_hash', bannedPhoneHash(phonenumber)).first()
    return Boolean(user)
  }

  async searchActiveDrivers(term: string, limit: number): Promise<DriverSummary[]> {
    const query = User.query()
      .where('users.type', 'DRIVER')
      .where('users.is_active', true)
      .where('users.banned', false)
      .leftJoin('user_profiles as p', 'p.user_id', 'users.id')
      .select('users.uuid', 'users.username', 'users.phonenumber', 'p.fullname')
      .orderByRaw(`lower(coalesce(nullif(p.fullname, ''), users.username)) asc`)
      .orderBy('users.id', 'asc')
      .limit(limit)
    const words = term.trim().toLowerCase()
    if (words) {
      // Numbers are stored in E.164 (+8210…): "010-1234 5678" matches by its digits without the trunk 0.
      const digits = words.replace(/\D/g, '').replace(/^0+/, '')
      query.where((match) => {
        match
          .whereRaw(`lower(p.fullname) like ? escape '\\'`, [containing(words)])
          .orWhereRaw(`lower(users.username) like ? escape '\\'`, [containing(words)])
        if (digits.length >= 3) match.orWhere('users.phonenumber', 'like', containing(digits))
      })
    }
    const rows = await query
    return rows.map((row) => ({
      uuid: row.uuid,
      username: row.username,
      phonenumber: row.phonenumber || null,
      fullname: (row.$extras.fullname as string | null) || null,
    }))
  }
}

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
function containing(text: string) {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}
