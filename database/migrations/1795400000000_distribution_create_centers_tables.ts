import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Distribution centers and their staff. Shipping refers to a center by
 * `center_code` and membership refers to a user by `user_uuid`: values, not
 * foreign keys, because both cross a module boundary.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('distribution_centers', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table.string('center_code', 16).notNullable().unique()
      table.string('name', 64).notNullable().index()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('distribution_center_staff', (table) => {
      table
        .integer('center_id')
        .unsigned()
        .notNullable()
        .references('distribution_centers.id')
        .onDelete('CASCADE')
      table.uuid('user_uuid').notNullable().index()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['center_id', 'user_uuid'])
    })
  }

  async down() {
    this.schema.dropTable('distribution_center_staff')
    this.schema.dropTable('distribution_centers')
  }
}
