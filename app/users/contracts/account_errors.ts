import { FieldError } from '#core/exceptions/domain_error'

export class UsernameTaken extends FieldError {
  constructor() {
    super('username', 'A user with that username already exists.', 'unique')
  }
}

export class PhonenumberTaken extends FieldError {
  constructor() {
    super('phonenumber', 'phonenumber already exists.', 'invalid')
  }
}

export class PhonenumberBanned extends FieldError {
  constructor() {
    super('phonenumber', 'This phonenumber is banned.', 'invalid')
  }
}
