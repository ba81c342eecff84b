import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { DomainError } from '#core/exceptions/domain_error'
import { toE164 } from '#core/validation/phone_number'
import { USER_TYPES, type UserType } from '#users/contracts/users'

export default class UsersCreate extends BaseCommand {
  static commandName = 'users:create'
  static description = 'Create a staff member (--admin for the first administrator) or a driver'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'staff | driver', required: true })
  declare type: string

  @flags.string({ description: 'Unique sign-in name', required: true })
  declare username: string

  @flags.string({ description: 'Password (staff sign in with it; 8+ characters)' })
  declare password?: string

  @flags.string({ description: 'Phone number in international format, e.g. +821012345678' })
  declare phone?: string

  @flags.string({ description: 'Full name shown in the apps' })
  declare fullname?: string

  @flags.boolean({ description: 'Staff who administer people and API keys' })
  declare admin: boolean

  async run() {
    const type = this.type.toUpperCase() as UserType
    if (!USER_TYPES.includes(type)) return this.#fail('--type must be staff or driver')
    if (this.admin && type !== 'STAFF') return this.#fail('Only staff can be administrators')
    if (this.password !== undefined && this.password.length < 8) {
      return this.#fail('The password needs at least 8 characters')
    }
    if (type === 'STAFF' && !this.password) return this.#fail('Staff need a --password')
    const phonenumber = this.phone ? toE164(this.phone) : null
    if (this.phone && !phonenumber) return this.#fail(`"${this.phone}" is not a valid phone number`)

    const { CreateUser } = await import('#users/actions/create_user')
    try {
      const createUser = await this.app.container.make(CreateUser)
      const user = await createUser.handle({
        type,
        username: this.username,
        password: this.password,
        phonenumber,
        fullname: this.fullname,
        isAdmin: this.admin,
      })
      this.logger.success(`Created ${type.toLowerCase()} "${user.username}" (${user.uuid})`)
    } catch (error) {
      if (error instanceof DomainError) return this.#fail(error.toEntries()[0].message)
      throw error
    }
  }

  #fail(message: string) {
    this.logger.error(message)
    this.exitCode = 1
  }
}
