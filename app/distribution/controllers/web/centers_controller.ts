import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import type { CenterView } from '#distribution/contracts/centers'
import CenterPolicy from '#distribution/policies/center_policy'
import { ListCenters } from '#distribution/queries/list_centers'
import { CenterLookups } from '#distribution/queries/lookups'
import { CenterRules } from '#distribution/queries/center_rules'
import { CenterViews } from '#distribution/presenters/center_views'
import { CreateCenter } from '#distribution/actions/create_center'
import { UpdateCenter } from '#distribution/actions/update_center'
import { DeleteCenter } from '#distribution/actions/delete_center'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { RemoveCenterStaff } from '#distribution/actions/remove_center_staff'
import {
  centerStaffValidator,
  centerValidator,
  staffSearchValidator,
} from '#distribution/validators/center_validators'
import { listCentersValidator } from '#distribution/validators/list_validators'
import { UserDirectory, type StaffProfile } from '#users/contracts/users'

/** What a staff member who is not an administrator reads instead of the buttons. */
const ADMINS_ONLY = 'Only administrators can create or change centers and their staff.'

/** Staff members the picker offers at most for one search. */
const STAFF_SEARCH_LIMIT = 20

/**
 * The console's center screens: the same queries, validators and actions as
 * `/api/v1/distribution/centers/`. Every staff member reads them (the page
 * shows a center as the list, open to all staff, already does); creating,
 * changing and staffing centers is `CenterPolicy.manage` (administrators),
 * and the pages say so from `can`.
 */
@inject()
export default class CentersController {
  constructor(
    private views: CenterViews,
    private lookups: CenterLookups
  ) {}

  @inject()
  async index({ bouncer, inertia, request }: HttpContext, list: ListCenters) {
    await bouncer.with(CenterPolicy).authorize('list')
    const filters = await request.validateUsing(listCentersValidator, { data: request.qs() })
    const centers = await presentInertiaPage(await list.handle(filters), filters, (rows) =>
      this.views.of(rows)
    )
    return inertia.render('distribution/centers/index', {
      centers,
      can: await this.#can(bouncer),
    })
  }

  async create({ bouncer, inertia }: HttpContext) {
    await bouncer.with(CenterPolicy).authorize('manage')
    return inertia.render('distribution/centers/create', {})
  }

  @inject()
  async store({ bouncer, request, response, session }: HttpContext, create: CreateCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const fields = await request.validateUsing(centerValidator)
    const center = await create.handle(fields)
    session.flash('success', `Center ${center.centerCode} created.`)
    return response.redirect().toRoute('distribution.centers.show', { uuid: center.uuid })
  }

  /**
   * The center, its staff and what may be done; `staffCandidates` only when
   * the staff picker asks (a partial reload with `staff_search`).
   */
  @inject()
  async show(
    { bouncer, inertia, params, request }: HttpContext,
    rules: CenterRules,
    users: UserDirectory
  ) {
    await bouncer.with(CenterPolicy).authorize('list')
    const center = await this.lookups.center(params.uuid)
    const can = await this.#can(bouncer)
    const [view, centerRules] = await Promise.all([this.views.one(center), rules.of(center)])
    return inertia.render('distribution/centers/show', {
      // Members are STAFF users by the add action's rule; staff see their profiles in full.
      center: { ...view, staff_members: staffProfiles(view) },
      rules: centerRules,
      can,
      staffCandidates: inertia.optional(async () => {
        await bouncer.with(CenterPolicy).authorize('manage')
        const { staff_search: term } = await request.validateUsing(staffSearchValidator, {
          data: request.qs(),
        })
        if (!term) return []
        const members = new Set(
          view.staff_members.flatMap((member) => ('uuid' in member ? [member.uuid] : []))
        )
        const found = await users.searchActive('STAFF', term, STAFF_SEARCH_LIMIT)
        return found.map((person) => ({ ...person, is_member: members.has(person.uuid) }))
      }),
    })
  }

  @inject()
  async update({ bouncer, params, request, response, session }: HttpContext, update: UpdateCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const fields = await request.validateUsing(centerValidator)
    const center = await update.handle(params.uuid, fields)
    session.flash('success', `Center ${center.centerCode} saved.`)
    return response.redirect().toRoute('distribution.centers.show', { uuid: center.uuid })
  }

  @inject()
  async destroy({ bouncer, params, response, session }: HttpContext, remove: DeleteCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const center = await this.lookups.center(params.uuid)
    await remove.handle(center.uuid)
    session.flash('success', `Center ${center.centerCode} deleted.`)
    return response.redirect().toRoute('distribution.centers.index')
  }

  @inject()
  async addStaff(
    { bouncer, params, request, response, session }: HttpContext,
    add: AddCenterStaff,
    users: UserDirectory
  ) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator)
    const center = await add.handle(params.uuid, userUuid)
    const person = await users.profile(userUuid)
    session.flash(
      'success',
      `${nameOf(person, 'The staff member')} now works at ${center.centerCode}.`
    )
    return response.redirect().toRoute('distribution.centers.show', { uuid: center.uuid })
  }

  @inject()
  async removeStaff(
    { bouncer, params, request, response, session }: HttpContext,
    remove: RemoveCenterStaff,
    users: UserDirectory
  ) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator, {
      data: { user_uuid: params.user_uuid },
    })
    const center = await remove.handle(params.uuid, userUuid)
    const person = await users.profile(userUuid)
    session.flash(
      'success',
      `${nameOf(person, 'The staff member')} no longer works at ${center.centerCode}.`
    )
    return response.redirect().toRoute('distribution.centers.show', { uuid: center.uuid })
  }

  /** Whether the signed-in person may change centers, and why not when they may not. */
  async #can(bouncer: HttpContext['bouncer']) {
    const manage = await bouncer.with(CenterPolicy).allows('manage')
    return { manage, manageBlockedBecause: manage ? null : ADMINS_ONLY }
  }
}

function nameOf(person: { fullname: string | null; username: string } | null, fallback: string) {
  return person?.fullname ?? person?.username ?? fallback
}

function staffProfiles(center: CenterView): StaffProfile[] {
  const members: object[] = center.staff_members
  return members.filter(
    (member): member is StaffProfile => 'type' in member && member.type === 'STAFF'
  )
}
