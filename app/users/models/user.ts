import type { DateTime } from 'luxon'
import { column, hasOne } from '@adonisjs/lucid/orm'
import type { HasOne } from '@adonisjs/lucid/types/relations'
import { UserSchema } from '#database/schema'
import { booleanColumn } from '#core/db/columns'
import UserProfile from '#users/models/user_profile'
import type { AuthenticatedUser, UserType } from '#users/contracts/users'

export default class User extends UserSchema {
  @column()
  declare type: UserType

  @column(booleanColumn)
  declare isAdmin: boolean

  @column(booleanColumn)
  declare isActive: boolean

  @column(booleanColumn)
  declare banned: boolean

  @hasOne(() => UserProfile, { foreignKey: 'userId' })
  declare profile: HasOne<typeof UserProfile>

  /**
   * What unregistering and banning share: the account can no longer sign
   * in, and what identified the person (username, number, e-mail, password)
   * is released.
   */
  scrubIdentity(now: DateTime) {
    this.username = `deleted-${this.uuid}`
    this.email = null
    this.password = null
    this.phonenumber = null
    this.isActive = false
    this.dateUnregistered = now
  }

  toAuthenticatedUser(): AuthenticatedUser {
    return {
      uuid: this.uuid,
      username: this.username,
      type: this.type,
      isAdmin: this.isAdmin,
      isActive: this.isActive,
      banned: this.banned,
      phonenumber: this.phonenumber,
    }
  }
}
