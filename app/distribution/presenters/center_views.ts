import { inject } from '@adonisjs/core'
import DistributionCenter from '#distribution/models/distribution_center'
import CenterStaffMember from '#distribution/models/center_staff_member'
import { CenterTransformer } from '#distribution/transformers/center_transformer'
import { UserDirectory } from '#users/contracts/users'
import type { CenterView } from '#distribution/contracts/centers'

/**
 * Centers with their staff resolved to profiles: one membership query and
 * one profile batch for any number of centers.
 */
@inject()
export class CenterViews {
  constructor(private users: UserDirectory) {}

  async of(centers: DistributionCenter[]): Promise<CenterView[]> {
    if (centers.length === 0) return []
    const members = await CenterStaffMember.query()
      .whereIn(
        'center_id',
        centers.map((center) => center.id)
      )
      .orderBy('created_at')
      .orderBy('user_uuid')
    const profiles = await this.users.profiles(members.map((member) => member.userUuid))
    return centers.map((center) =>
      CenterTransformer.toJson(
        center,
        members
          .filter((member) => member.centerId === center.id)
          .flatMap((member) => profiles.get(member.userUuid) ?? [])
      )
    )
  }

  async one(center: DistributionCenter): Promise<CenterView> {
    const [view] = await this.of([center])
    return view
  }
}
