import type DistributionCenter from '#distribution/models/distribution_center'
import type { CenterView } from '#distribution/contracts/centers'
import type { UserProfile } from '#users/contracts/users'

export class CenterTransformer {
  static toJson(center: DistributionCenter, staff: UserProfile[]): CenterView {
    return {
      uuid: center.uuid,
      center_code: center.centerCode,
      name: center.name,
      staff_members: staff,
    }
  }
}
