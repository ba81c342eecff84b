import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { DistributionCenterSchema } from '#database/schema'
import CenterStaffMember from '#distribution/models/center_staff_member'

export default class DistributionCenter extends DistributionCenterSchema {
  static table = 'distribution_centers'

  @hasMany(() => CenterStaffMember, { foreignKey: 'centerId' })
  declare staff: HasMany<typeof CenterStaffMember>
}
