import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { API_SCOPES } from '#core/auth/principal'
import { text } from '#core/validation/text'
import {
  choiceFilter,
  listValidator,
  orderingFilter,
  textFilter,
  uuidFilter,
} from '#core/validation/list_params'

export const API_KEY_STATUSES = ['live', 'revoked'] as const

/** Sort keys of the key list: field → column (newest first when none is given). */
export const API_KEY_ORDERING = {
  name: 'name',
  created: 'created_at',
  last_used: 'last_used_at',
}

export const listApiKeysValidator = listValidator({
  search: textFilter(),
  status: choiceFilter(API_KEY_STATUSES),
  ordering: orderingFilter(API_KEY_ORDERING),
})
export type ApiKeyFilters = Infer<typeof listApiKeysValidator>

/** A new key: what it is for, at least one scope, optionally who answers for it. */
export const newApiKeyValidator = vine.create({
  name: text().trim().minLength(2).maxLength(64),
  scopes: vine.array(vine.enum(API_SCOPES)).minLength(1).distinct(),
  owner_uuid: uuidFilter(),
  expires_in_days: vine.number().withoutDecimals().range([1, 3650]).optional(),
})

/** The owner picker's search: part of a name, username or phone number. */
export const ownerSearchValidator = vine.create({ search: textFilter() })
