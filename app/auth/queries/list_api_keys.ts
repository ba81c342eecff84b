import db from '@adonisjs/lucid/services/db'
import type { ApiScope } from '#core/auth/principal'
import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import { whereContains } from '#core/db/contains'
import { API_KEYS_TABLE, isApiScope } from '#auth/services/api_key_store'
import type { ApiKeyFilters } from '#auth/validators/api_key_validators'

/** A key as lists show it: never its secret or hash. */
export type ApiKeyRow = {
  prefix: string
  name: string
  ownerUuid: string | null
  scopes: ApiScope[]
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  lastUsedAt: string | null
}

const when = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString()

/**
 * API keys: `search` in the name or prefix, `status` (live or revoked),
 * newest first unless asked otherwise; the id breaks ties.
 */
export class ListApiKeys {
  async handle(filters: ApiKeyFilters) {
    const query = db
      .from(API_KEYS_TABLE)
      .select(
        'id',
        'prefix',
        'name',
        'owner_uuid',
        'scopes',
        'created_at',
        'expires_at',
        'revoked_at',
        'last_used_at'
      )
    if (filters.search !== undefined) whereContains(query, ['name', 'prefix'], filters.search)
    if (filters.status === 'live') query.whereNull('revoked_at')
    if (filters.status === 'revoked') query.whereNotNull('revoked_at')
    for (const { column, direction } of filters.ordering) query.orderBy(column, direction)
    if (filters.ordering.length === 0) query.orderBy('created_at', 'desc')
    query.orderBy('id', filters.ordering[0]?.direction ?? 'desc')
    const page = await fetchPage(query, pageRequestOf(filters))
    const rows: ApiKeyRow[] = page.rows.map((row) => ({
      prefix: row.prefix,
      name: row.name,
      ownerUuid: row.owner_uuid,
      scopes: (JSON.parse(row.scopes) as string[]).filter(isApiScope),
      createdAt: when(row.created_at)!,
      expiresAt: when(row.expires_at),
      revokedAt: when(row.revoked_at),
      lastUsedAt: when(row.last_used_at),
    }))
    return { ...page, rows }
  }
}
