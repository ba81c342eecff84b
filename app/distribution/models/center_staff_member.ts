import { DistributionCenterStaffSchema } from '#database/schema'

/** One staff user (by uuid: the users module owns people) working at a center. */
export default class CenterStaffMember extends DistributionCenterStaffSchema {
  static table = 'distribution_center_staff'
}
