import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { text } from '#core/validation/text'
import { phoneNumberField } from '#core/validation/phone_number'
import {
  choiceFilter,
  listValidator,
  orderingFilter,
  textFilter,
} from '#core/validation/list_params'
import { fullnameField } from '#users/contracts/profile_fields'

/** Where an account stands: it may act, it left (unregistered), or it is banned for good. */
export const PERSON_STATUSES = ['active', 'deactivated', 'banned'] as const
export type PersonStatus = (typeof PERSON_STATUSES)[number]

/** Sort keys of the people lists: field → column (by name when none is given). */
export const PEOPLE_ORDERING = {
  fullname: 'fullname',
  username: 'username',
  date_joined: 'created_at',
  last_login: 'last_login_at',
}

/**
 * Drivers or staff: `search` (part of the name, username or phone number,
 * any case), `status`, `ordering` by name, username, joining or last sign-in.
 */
export const listPeopleValidator = listValidator({
  search: textFilter(),
  status: choiceFilter(PERSON_STATUSES),
  ordering: orderingFilter(PEOPLE_ORDERING),
})
export type PeopleFilters = Infer<typeof listPeopleValidator>

/** A driver an administrator adds: they sign in with a code sent to this number. */
export const newDriverValidator = vine.create({
  fullname: fullnameField(),
  phonenumber: phoneNumberField(),
})

/** A staff member an administrator adds: they sign in with this username and password. */
export const newStaffValidator = vine.create({
  username: text()
    .trim()
    .minLength(3)
    .maxLength(150)
    .regex(/^[\w.@+-]+$/),
  fullname: fullnameField(),
  password: text().minLength(8).maxLength(128),
  is_admin: vine.boolean().optional(),
})
