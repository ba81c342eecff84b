import { ConflictError, FieldError } from '#core/exceptions/domain_error'

export class CenterInUse extends ConflictError {
  static code = 'DistributionCenterInUse'

  constructor(centerCode: string, reason: string) {
    super(`DistributionCenter ${centerCode} is still referenced: ${reason}.`)
  }
}

export class CenterCodeTaken extends FieldError {
  constructor() {
    super('center_code', 'distribution center with this center code already exists.', 'unique')
  }
}

export class NotAStaffUser extends FieldError {
  constructor() {
    super('user_uuid', 'Only active STAFF users can be members of a center.', 'invalid_user')
  }
}
