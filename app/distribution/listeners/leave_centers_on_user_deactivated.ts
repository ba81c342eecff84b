import { inject } from '@adonisjs/core'
import { Listener, type ListenerContext } from '#core/events/listener'
import type { EventEnvelope } from '#core/events/domain_event'
import { UserDeactivated } from '#users/events/user_deactivated'
import { LeaveAllCenters } from '#distribution/actions/leave_all_centers'

/**
 * A deactivated account works at no center any more (idempotent).
 */
@inject()
export default class LeaveCentersOnUserDeactivated extends Listener<typeof UserDeactivated> {
  static event = UserDeactivated

  constructor(private leave: LeaveAllCenters) {
    super()
  }

  async handle(event: EventEnvelope<{ userUuid: string }>, { trx }: ListenerContext) {
    await this.leave.handle(event.payload.userUuid, trx)
  }
}
