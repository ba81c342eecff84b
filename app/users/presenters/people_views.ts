import type User from '#users/models/user'
import type { PersonStatus } from '#users/validators/people_validators'
import { banBlockedBecause, deactivateBlockedBecause } from '#users/services/people_rules'

/** A driver or staff member as the console's people lists show them. */
export type PersonView = {
  uuid: string
  username: string
  fullname: string | null
  phonenumber: string | null
  is_admin: boolean
  status: PersonStatus
  date_joined: string | null
  last_login: string | null
  /** What the signed-in administrator may do to this account, and why not. */
  rules: { deactivateBlockedBecause: string | null; banBlockedBecause: string | null }
}

export function statusOf(user: { isActive: boolean; banned: boolean }): PersonStatus {
  if (user.banned) return 'banned'
  return user.isActive ? 'active' : 'deactivated'
}

/** Rows of `ListPeople` for the administrator `actorUuid`. */
export function presentPeople(users: User[], actorUuid: string | null): PersonView[] {
  return users.map((user) => ({
    uuid: user.uuid,
    username: user.username,
    fullname: (user.$extras.fullname as string | null) || null,
    phonenumber: user.phonenumber,
    is_admin: user.isAdmin,
    status: statusOf(user),
    date_joined: user.createdAt?.toISO() ?? null,
    last_login: user.lastLoginAt?.toISO() ?? null,
    rules: {
      deactivateBlockedBecause: deactivateBlockedBecause(user, actorUuid),
      banBlockedBecause: banBlockedBecause(user, actorUuid),
    },
  }))
}
