import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import { CreateUser } from '#users/actions/create_user'
import { DomainError } from '#core/exceptions/domain_error'
import type { NewAccount } from '#users/contracts/users'

/**
 * Demo people with known credentials (development only; safe to re-run).
 */
export const DEMO_ACCOUNTS: (NewAccount & { note: string })[] = [
  {
    type: 'STAFF',
    username: 'admin',
    password: 'waybill-admin',
    phonenumber: '+821012340001',
    fullname: 'Ada Admin',
    isAdmin: true,
    note: 'staff administrator: /login',
  },
  {
    type: 'STAFF',
    username: 'staff',
    password: 'waybill-staff',
    phonenumber: '+821012340002',
    fullname: 'Sam Staff',
    note: 'staff: /login',
  },
  {
    type: 'DRIVER',
    username: '+821012340003',
    phonenumber: '+821012340003',
    fullname: 'Dana Driver',
    dob: '1990-05-17',
    note: 'driver: /driver/login, code from `node ace sms:outbox`',
  },
  {
    type: 'DRIVER',
    username: '+821012340004',
    phonenumber: '+821012340004',
    fullname: 'Dev Driver',
    dob: '1987-11-02',
    note: 'second driver: /driver/login, code from `node ace sms:outbox`',
  },
]

export default class DemoIdentitySeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    const createUser = await app.container.make(CreateUser)
    for (const { note, ...account } of DEMO_ACCOUNTS) {
      try {
        await createUser.handle(account)
      } catch (error) {
        // Already seeded (the username or number is taken): keep it.
        if (!(error instanceof DomainError)) throw error
      }
      const secret = account.password ? ` / ${account.password}` : ''
      logger.info(`demo ${note}: ${account.username}${secret}`)
    }
  }
}
