import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * People who use Waybill (staff and drivers) and their profiles. Other
 * modules refer to a user by `uuid`, never by `id`.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('users', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table.string('username', 150).notNullable().unique()
      // E.164; NULL once the account is unregistered or banned.
      table.string('phonenumber', 16).nullable().unique()
      // sha256 of a banned account's former number: that number can never sign up again.
      table.string('banned_phone_hash', 64).nullable().index()
      table.string('email', 254).nullable()
      // NULL: no password sign-in (phone-code accounts).
      table.string('password', 255).nullable()
      table.enum('type', ['STAFF', 'DRIVER']).notNullable()
      table.boolean('is_admin').notNullable().defaultTo(false)
      table.boolean('is_active').notNullable().defaultTo(true)
      table.boolean('banned').notNullable().defaultTo(false)
      table.timestamp('date_unregistered', { useTz: true }).nullable()
      table.timestamp('last_login_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('user_profiles', (table) => {
      table.integer('user_id').unsigned().primary().references('users.id').onDelete('CASCADE')
      table.string('fullname', 32).notNullable().defaultTo('')
      // Drivers only.
      table.date('dob').nullable()
      // Keys on the uploads disk.
      table.string('image_key', 255).nullable()
      table.string('thumbnail_key', 255).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('user_profiles')
    this.schema.dropTable('users')
  }
}
