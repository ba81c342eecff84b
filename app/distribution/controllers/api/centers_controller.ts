import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { rejectNulls } from '#core/http/request_body'
import { seesPersonalData } from '#core/auth/principal'
import { withoutPersonalData } from '#distribution/contracts/centers'
import { NotFoundError } from '#core/exceptions/domain_error'
import DistributionCenter from '#distribution/models/distribution_center'
import CenterPolicy from '#distribution/policies/center_policy'
import { ListCenters } from '#distribution/queries/list_centers'
import { CenterViews } from '#distribution/queries/center_views'
import { SaveCenter } from '#distribution/actions/save_center'
import { DeleteCenter } from '#distribution/actions/delete_center'
import { ManageCenterStaff } from '#distribution/actions/manage_center_staff'
import {
  centerChangesValidator,
  centerStaffValidator,
  centerValidator,
} from '#distribution/validators/center_validators'

@inject()
export default class CentersController {
  constructor(private views: CenterViews) {}

  /** Drivers may list centers; they see the staff by name only. */
  @inject()
  async index({ bouncer, principal, request }: HttpContext, list: ListCenters) {
    await bouncer.with(CenterPolicy).authorize('list')
    const page = await list.handle(request)
    if (seesPersonalData(principal)) return page
    return { ...page, results: page.results.map(withoutPersonalData) }
  }

  @inject()
  async store({ bouncer, request, response }: HttpContext, save: SaveCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const fields = await request.validateUsing(centerValidator)
    response.status(201)
    return this.views.one(await save.create(fields))
  }

  async show({ bouncer, params }: HttpContext) {
    await bouncer.with(CenterPolicy).authorize('view')
    const center = await DistributionCenter.findBy('uuid', params.uuid)
    if (!center) throw NotFoundError.forResource('DistributionCenter')
    return this.views.one(center)
  }

  @inject()
  async update({ bouncer, params, request }: HttpContext, save: SaveCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    rejectNulls(request, ['center_code', 'name'])
    const fields =
      request.method() === 'PUT'
        ? await request.validateUsing(centerValidator)
        : await request.validateUsing(centerChangesValidator)
    return this.views.one(await save.update(params.uuid, fields))
  }

  @inject()
  async destroy({ bouncer, params, response }: HttpContext, remove: DeleteCenter) {
    await bouncer.with(CenterPolicy).authorize('manage')
    await remove.handle(params.uuid)
    response.status(204)
  }

  @inject()
  async addStaff({ bouncer, params, request }: HttpContext, staff: ManageCenterStaff) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator)
    return this.views.one(await staff.add(params.uuid, userUuid))
  }

  @inject()
  async removeStaff({ bouncer, params, request }: HttpContext, staff: ManageCenterStaff) {
    await bouncer.with(CenterPolicy).authorize('manage')
    const { user_uuid: userUuid } = await request.validateUsing(centerStaffValidator)
    return this.views.one(await staff.remove(params.uuid, userUuid))
  }
}
