import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { rejectNulls } from '#core/http/request_body'
import { presentApiPage } from '#core/presenters/api_page'
import { seesPersonalData } from '#core/auth/principal'
import { type CenterView, withoutPersonalData } from '#distribution/contracts/centers'
import CenterPolicy from '#distribution/policies/center_policy'
import { ListCenters } from '#distribution/queries/list_centers'
import { CenterViews } from '#distribution/presenters/center_views'
import { CenterLookups } from '#distribution/queries/lookups'
import { CreateCenter } from '#distribution/actions/create_center'
import { UpdateCenter } from '#distribution/actions/update_center'
import { DeleteCenter } from '#distribution/actions/delete_center'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { RemoveCenterStaff } from '#distribution/actions/remove_center_staff'
import {
  centerChangesValidator,
  centerStaffValidator,
  centerValidator,
} from '#distribution/validators/center_validators'
import { listCentersValidator } from '#distribution/validators/list_validators'

@inject()
export default class CentersController {
  constructor(
    private views: CenterViews,
    private lookups: CenterLookups
  ) {}

  /** Drivers may list centers; they see the staff by name only. */
  @inject()
  async index({ bouncer, principal, request }: HttpContext, list: ListCenters) {
    await bouncer.with(CenterPolicy).authorize('list')
    const filters = await request.validateUsing(listCentersValidator, { data: request.qs() })
    const shown = seesPersonalData(principal) ? (center: CenterView) => center : withoutPersonalData
    return presentApiPage(await list.handle(filters), request, async (centers) => {
      const views = await this.views.of(centers)
      return views.map(shown)
    })
  }

  @inject()
  async store({ bouncer, request, response }: HttpContext, create: CreateCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const fields = await request.validateUsing(centerValidator)
    response.status(201)
    return this.views.one(await create.handle(fields))
  }

  async show({ bouncer, params }: HttpContext) {
    await bouncer.with(CenterPolicy).authorize('view')
    return this.views.one(await this.lookups.center(params.uuid))
  }

  @inject()
  async update({ bouncer, params, request }: HttpContext, update: UpdateCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    rejectNulls(request, ['center_code', 'name'])
    const fields =
      request.method() === 'PUT'
        ? await request.validateUsing(centerValidator)
        : await request.validateUsing(centerChangesValidator)
    return this.views.one(await update.handle(params.uuid, fields))
  }

  @inject()
  async destroy({ bouncer, params, response }: HttpContext, remove: DeleteCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    await remove.handle(params.uuid)
    response.status(204)
  }

  @inject()
  async addStaff({ bouncer, params, request }: HttpContext, add: AddCenterStaff) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator)
    return this.views.one(await add.handle(params.uuid, userUuid))
  }

  @inject()
  async removeStaff({ bouncer, params, request }: HttpContext, remove: RemoveCenterStaff) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator)
    return this.views.one(await remove.handle(params.uuid, userUuid))
  }
}
