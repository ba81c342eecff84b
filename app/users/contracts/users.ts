import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { AuthenticatedUser, UserType } from '#core/auth/principal'

/**
 * The users module's public surface: what other modules (auth, shipping,
 * distribution) may know about people, by uuid.
 */

export { USER_TYPES } from '#core/auth/principal'
export type { AuthenticatedUser, UserType } from '#core/auth/principal'

/**
 * A user's public profile, in the reference API's field names.
 */
export type StaffProfile = {
  fullname: string | null
  image: string | null
  permission_group: string[]
  uuid: string
  phonenumber: string | null
  username: string
  type: 'STAFF'
}

export type DriverProfile = {
  fullname: string | null
  dob: string | null
  image: string | null
  uuid: string
  phonenumber: string | null
  username: string
  type: 'DRIVER'
}

export type UserProfile = StaffProfile | DriverProfile

/** A driver as a picker lists them. */
export type DriverSummary = {
  uuid: string
  fullname: string | null
  phonenumber: string | null
  username: string
}

export type NewAccount = {
  type: UserType
  username: string
  password?: string | null
  phonenumber?: string | null
  email?: string | null
  fullname?: string
  dob?: string | null
  isAdmin?: boolean
}

/**
 * Reads other modules may make. Every method is batch-capable or a single
 * indexed lookup: no N+1 when rendering lists.
 */
export abstract class UserDirectory {
  abstract findByUuid(uuid: string): Promise<AuthenticatedUser | null>
  abstract findByPhonenumber(phonenumber: string): Promise<AuthenticatedUser | null>

  /**
   * Password check in constant time whatever the outcome (unknown users
   * included); null unless the credentials match an active account.
   */
  abstract verifyPassword(username: string, password: string): Promise<AuthenticatedUser | null>

  /** Profiles keyed by uuid; unknown uuids are absent from the map. */
  abstract profiles(uuids: string[]): Promise<Map<string, UserProfile>>

  async profile(uuid: string): Promise<UserProfile | null> {
    const profiles = await this.profiles([uuid])
    return profiles.get(uuid) ?? null
  }

  /**
   * Active users of `type` (neither deactivated nor banned) whose full name,
   * username or phone number contains `term` in any case, by name, at most
   * `limit` of them: for pickers that put a person somewhere.
   */
  abstract searchActive(type: UserType, term: string, limit?: number): Promise<UserProfile[]>

  /** Inside a caller's transaction when given one (SQLite has one connection). */
  abstract isActiveDriver(
    uuid: string,
    options?: { trx?: TransactionClientContract }
  ): Promise<boolean>

  /**
   * Whether the user is active (and of `type`, when given), share-locking
   * their row for the rest of `trx`: a ban or an unregister (which lock it
   * for update) then waits until `trx` ends, and its listeners see what
   * `trx` wrote about the user; one that came first is seen here.
   */
  abstract holdActive(
    uuid: string,
    trx: TransactionClientContract,
    type?: UserType
  ): Promise<boolean>

  /** Whether the number belonged to a banned account. */
  abstract isPhonenumberBanned(phonenumber: string): Promise<boolean>

  /**
   * Active drivers (as `isActiveDriver` means it) whose name, username or
   * phone number contains `term`, by name; at most `limit`. An empty term
   * lists the first ones by name.
   */
  abstract searchActiveDrivers(term: string, limit: number): Promise<DriverSummary[]>
}

/**
 * Writes other modules may ask for. Each runs in its own transaction unless
 * given one (sign-up spends its phone ticket in the same transaction).
 */
export abstract class UserAccounts {
  abstract register(
    account: NewAccount,
    options?: { trx?: TransactionClientContract }
  ): Promise<AuthenticatedUser>

  /** Deactivates the account and frees its phone number (the reference's unregister). */
  abstract unregister(uuid: string): Promise<void>

  abstract recordLogin(uuid: string): Promise<void>
}
