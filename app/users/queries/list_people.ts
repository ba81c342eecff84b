import User from '#users/models/user'
import { fetchPage } from '#core/queries/page'
import { pageRequestOf } from '#core/validation/list_params'
import { whereContains } from '#core/db/contains'
import type { UserType } from '#users/contracts/users'
import type { PeopleFilters } from '#users/validators/people_validators'

/** The sort key of a person's name: the full name, or the username when they have none. */
const NAME = `lower(coalesce(nullif(p.fullname, ''), users.username))`

/**
 * Drivers or staff for the console: `search` in the name, username or phone
 * number (any case, wildcards taken literally), `status`, ordered by name
 * unless asked otherwise; `users.id` breaks ties. Each row carries its full
 * name (`$extras.fullname`) from the one join.
 */
export class ListPeople {
  async handle(type: UserType, filters: PeopleFilters) {
    const query = User.query()
      .leftJoin('user_profiles as p', 'p.user_id', 'users.id')
      .where('users.type', type)
      .select('users.*', 'p.fullname')
    if (filters.search !== undefined) {
      whereContains(query, ['p.fullname', 'users.username', 'users.phonenumber'], filters.search)
    }
    if (filters.status === 'active') query.where({ 'users.is_active': true, 'users.banned': false })
    if (filters.status === 'deactivated') {
      query.where({ 'users.is_active': false, 'users.banned': false })
    }
    if (filters.status === 'banned') query.where('users.banned', true)

    for (const { column, direction } of filters.ordering) {
      if (column === 'fullname') query.orderByRaw(`${NAME} ${direction}`)
      else query.orderBy(`users.${column}`, direction)
    }
    if (filters.ordering.length === 0) query.orderByRaw(`${NAME} asc`)
    query.orderBy('users.id', filters.ordering[0]?.direction ?? 'asc')
    return fetchPage(query, pageRequestOf(filters))
  }
}
