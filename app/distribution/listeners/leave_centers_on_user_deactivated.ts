import { inject } from '@adonisjs/core'
import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope } from '#core/events/domain_event'
import { UserDeactivated } from '#users/events/user_deactivated'
import { ManageCenterStaff } from '#distribution/actions/manage_center_staff'

/**
 * A deactivated account works at no center any more (idempotent).
 */
@inject()
export default class LeaveCentersOnUserDeactivated extends Listener<typeof UserDeactivated> {
  static event = UserDeactivated

  constructor(private staff: ManageCenterStaff) {
    super()
  }

  async handle(event: EventEnvelope<{ userUuid: string }>, { trx }: ListenerContext) {
    await this.staff.removeEverywhere(event.payload.userUuid, trx)
  }
}
