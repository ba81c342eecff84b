import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Staff second factor (ADR 0013): one authenticator (TOTP) secret per user,
 * encrypted, and one-time recovery codes, stored as keyed hashes. Users
 * are referred to by uuid (no foreign key into the users module).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('auth_totp_secrets', (table) => {
      table.uuid('user_uuid').primary()
      // The base32 secret, encrypted with APP_KEY (purpose bound to the user).
      table.text('secret_ciphertext').notNullable()
      // Null while enrolment waits for its first code; the factor is on once set.
      table.timestamp('confirmed_at', { useTz: true }).nullable()
      // The last 30-second step a code was accepted for: no step is used twice.
      table.integer('last_used_step').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('auth_recovery_codes', (table) => {
      table.uuid('id').primary()
      table.uuid('user_uuid').notNullable().index()
      table.string('code_hash', 64).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.unique(['user_uuid', 'code_hash'])
    })
  }

  async down() {
    this.schema.dropTable('auth_recovery_codes')
    this.schema.dropTable('auth_totp_secrets')
  }
}
