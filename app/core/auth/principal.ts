import type { Bouncer } from '@adonisjs/bouncer'

/**
 * Who a request acts for. One model for web pages and the API alike, so a
 * policy is written once: anonymous, a user (driver, staff, or staff admin)
 * or a partner system's API key with scopes.
 *
 * It lives in the shared kernel because every module's policies read it;
 * the auth module decides which principal a request has.
 */

export const USER_TYPES = ['STAFF', 'DRIVER'] as const
export type UserType = (typeof USER_TYPES)[number]

export type AuthenticatedUser = {
  uuid: string
  username: string
  type: UserType
  isAdmin: boolean
  isActive: boolean
  banned: boolean
  phonenumber: string | null
}

/** What an API key may do: `<module>:read` or `<module>:write`. */
export const API_SCOPES = [
  'users:read',
  'distribution:read',
  'distribution:write',
  'shipping:read',
  'shipping:write',
] as const
export type ApiScope = (typeof API_SCOPES)[number]

export type ApiKeyIdentity = {
  id: string
  prefix: string
  name: string
  ownerUuid: string | null
  scopes: ApiScope[]
}

export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: AuthenticatedUser; via: 'token' | 'session' }
  | { kind: 'api_key'; apiKey: ApiKeyIdentity }

/** Whether the account may act at all: neither deactivated nor banned. */
export function canSignIn(user: AuthenticatedUser | null | undefined): user is AuthenticatedUser {
  return Boolean(user && user.isActive && !user.banned)
}

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' })

export function userOf(principal: Principal): AuthenticatedUser | null {
  return principal.kind === 'user' ? principal.user : null
}

export function isStaff(principal: Principal): boolean {
  return userOf(principal)?.type === 'STAFF'
}

export function isAdmin(principal: Principal): boolean {
  const user = userOf(principal)
  return user?.type === 'STAFF' && user.isAdmin
}

export function isDriver(principal: Principal): boolean {
  return userOf(principal)?.type === 'DRIVER'
}

/**
 * Whether the caller may see other people's personal data (usernames, phone
 * numbers, permission groups of center staff): staff, and partner systems
 * (API keys are issued by administrators and act for the company). Drivers
 * see other people by name only.
 */
export function seesPersonalData(principal: Principal): boolean {
  return isStaff(principal) || principal.kind === 'api_key'
}

export function hasScope(principal: Principal, scope: ApiScope): boolean {
  return principal.kind === 'api_key' && principal.apiKey.scopes.includes(scope)
}

/**
 * Staff, or a partner system holding the scope: who may operate the
 * logistics resources.
 */
export function isStaffOrScoped(principal: Principal, scope: ApiScope): boolean {
  return isStaff(principal) || hasScope(principal, scope)
}

/**
 * Who did it, as recorded in timelines and events: `user:<uuid>` or
 * `api_key:<prefix>`.
 */
export function actorOf(principal: Principal): string | null {
  if (principal.kind === 'user') return `user:${principal.user.uuid}`
  if (principal.kind === 'api_key') return `api_key:${principal.apiKey.prefix}`
  return null
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    principal: Principal
    /** Bouncer over `principal`; policies take the principal first. */
    bouncer: Bouncer<Principal>
  }
}
