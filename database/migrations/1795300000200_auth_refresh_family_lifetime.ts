import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A sign-in (refresh-token family) ends at a fixed time however often it is
 * refreshed: every token of the family carries that time.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('auth_refresh_tokens', (table) => {
      table.timestamp('family_expires_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('auth_refresh_tokens', (table) => {
      table.dropColumn('family_expires_at')
    })
  }
}
