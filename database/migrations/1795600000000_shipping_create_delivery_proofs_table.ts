import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Proof of delivery (issue 17): what the driver gave on arrival, written in
 * the transaction that completes the transport, at most one per transport.
 * The files live on the drive disk (keys here); the receiver is who signed.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('shipping_delivery_proofs', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table
        .integer('transport_id')
        .unsigned()
        .notNullable()
        .unique()
        .references('shipping_transports.id')
        .onDelete('CASCADE')
      table.string('receiver_name', 120).nullable()
      table.string('photo_key', 255).nullable()
      table.string('signature_key', 255).nullable()
      // Who gave it (a driver, by uuid: no foreign key into the users module).
      table.uuid('driver_uuid').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
    })
  }

  async down() {
    this.schema.dropTable('shipping_delivery_proofs')
  }
}
