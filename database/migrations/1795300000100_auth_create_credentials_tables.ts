import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Credentials the auth module issues. Users are referred to by uuid (they
 * belong to the users module), so there are no foreign keys to `users`.
 */
export default class extends BaseSchema {
  async up() {
    // Opaque access tokens (AdonisJS access-token guard format, stored hashed).
    this.schema.createTable('auth_access_tokens', (table) => {
      table.increments('id')
      table.uuid('tokenable_id').notNullable().index()
      // The sign-in this token descends from: revoking a family revokes its tokens.
      table.uuid('family_id').notNullable().index()
      table.string('type', 32).notNullable()
      table.string('name', 64).nullable()
      table.string('hash', 80).notNullable().unique()
      table.text('abilities').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('last_used_at', { useTz: true }).nullable()
      table.timestamp('expires_at', { useTz: true }).nullable()
    })

    // Refresh tokens: single use, rotated on every refresh within a family.
    this.schema.createTable('auth_refresh_tokens', (table) => {
      table.uuid('id').primary()
      table.uuid('family_id').notNullable().index()
      table.uuid('user_uuid').notNullable().index()
      table.string('hash', 64).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('rotated_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
    })

    // Phone one-time codes (sign-in and sign-up), stored hashed.
    this.schema.createTable('auth_phone_codes', (table) => {
      table.uuid('id').primary()
      table.string('phonenumber', 16).notNullable()
      table.enum('purpose', ['signin', 'signup']).notNullable()
      table.string('code_hash', 64).notNullable()
      table.integer('failed_attempts').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      // Set when a newer code replaces this one, or when it is used.
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      // Sign-up: the ticket a confirmed code hands out, spent by signup/.
      table.string('ticket_hash', 64).nullable().unique()
      table.timestamp('ticket_used_at', { useTz: true }).nullable()
      table.index(['phonenumber', 'created_at'])
    })

    // Partner-system keys: `Authorization: Api-Key <prefix>.<secret>`.
    this.schema.createTable('auth_api_keys', (table) => {
      table.uuid('id').primary()
      table.string('prefix', 8).notNullable().unique()
      table.string('hash', 64).notNullable()
      table.string('name', 64).notNullable()
      table.uuid('owner_uuid').nullable().index()
      table.text('scopes').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('last_used_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.dropTable('auth_api_keys')
    this.schema.dropTable('auth_phone_codes')
    this.schema.dropTable('auth_refresh_tokens')
    this.schema.dropTable('auth_access_tokens')
  }
}
