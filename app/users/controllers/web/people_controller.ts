import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import { userOf } from '#core/auth/principal'
import PeoplePolicy from '#users/policies/people_policy'
import { ListPeople } from '#users/queries/list_people'
import { presentPeople } from '#users/presenters/people_views'
import { CreateUser } from '#users/actions/create_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { BanUser } from '#users/actions/ban_user'
import { FindPerson } from '#users/queries/find_person'
import type User from '#users/models/user'
import {
  PERSON_STATUSES,
  listPeopleValidator,
  newDriverValidator,
  newStaffValidator,
} from '#users/validators/people_validators'
import type { UserType } from '#users/contracts/users'

/** `drivers` or `staff`: the URL segment, the page folder and the route names. */
type Kind = 'drivers' | 'staff'
const TYPE_OF: Record<Kind, UserType> = { drivers: 'DRIVER', staff: 'STAFF' }

/**
 * The console's people screens (administrators): the list query, and the
 * same actions as sign-up, `users:create` and `users:deactivate`.
 */
export default class PeopleController {
  @inject()
  async drivers(ctx: HttpContext, list: ListPeople) {
    return ctx.inertia.render('users/drivers/index', await this.#list(ctx, list, 'DRIVER'))
  }

  @inject()
  async staff(ctx: HttpContext, list: ListPeople) {
    return ctx.inertia.render('users/staff/index', await this.#list(ctx, list, 'STAFF'))
  }

  @inject()
  async storeDriver({ bouncer, request, response, session }: HttpContext, create: CreateUser) {
    await bouncer.with(PeoplePolicy).authorize('manage')
    const fields = await request.validateUsing(newDriverValidator)
    // Drivers sign in with a code sent to their number, which is also their username (as at sign-up).
    await create.handle({
      type: 'DRIVER',
      username: fields.phonenumber,
      phonenumber: fields.phonenumber,
      fullname: fields.fullname,
    })
    session.flash('success', `Driver ${fields.fullname} added.`)
    return response.redirect().toRoute('users.drivers.index')
  }

  @inject()
  async storeStaff({ bouncer, request, response, session }: HttpContext, create: CreateUser) {
    await bouncer.with(PeoplePolicy).authorize('manage')
    const fields = await request.validateUsing(newStaffValidator)
    await create.handle({
      type: 'STAFF',
      username: fields.username,
      password: fields.password,
      fullname: fields.fullname,
      isAdmin: fields.is_admin ?? false,
    })
    const role = fields.is_admin ? 'Administrator' : 'Staff member'
    session.flash('success', `${role} ${fields.username} added.`)
    return response.redirect().toRoute('users.staff.index')
  }

  @inject()
  async deactivate(ctx: HttpContext, unregister: UnregisterUser) {
    const { kind, person, actorUuid } = await this.#target(ctx)
    await unregister.handle(person.uuid, { actorUuid })
    ctx.session.flash('success', `${nameOf(person)} was deactivated.`)
    return ctx.response.redirect().toRoute(`users.${kind}.index`)
  }

  @inject()
  async ban(ctx: HttpContext, ban: BanUser) {
    const { kind, person, actorUuid } = await this.#target(ctx)
    await ban.handle(person.uuid, { actorUuid })
    ctx.session.flash('success', `${nameOf(person)} was banned.`)
    return ctx.response.redirect().toRoute(`users.${kind}.index`)
  }

  async #list({ bouncer, request, principal }: HttpContext, list: ListPeople, type: UserType) {
    await bouncer.with(PeoplePolicy).authorize('manage')
    const filters = await request.validateUsing(listPeopleValidator, { data: request.qs() })
    const actorUuid = userOf(principal)?.uuid ?? null
    const people = await presentInertiaPage(await list.handle(type, filters), filters, (rows) =>
      presentPeople(rows, actorUuid)
    )
    return { people, statuses: [...PERSON_STATUSES] }
  }

  /** The person a deactivate or ban names, of the list's type (a driver is not under /staff). */
  async #target({ bouncer, params, principal, route }: HttpContext) {
    await bouncer.with(PeoplePolicy).authorize('manage')
    const kind: Kind = route?.name?.startsWith('users.staff.') ? 'staff' : 'drivers'
    const person = await new FindPerson().handle(TYPE_OF[kind], params.uuid)
    return { kind, person, actorUuid: userOf(principal)?.uuid }
  }
}

function nameOf(person: User) {
  return person.profile?.fullname || person.username
}
