import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Items, batches (manifests), their membership, transports and the item
 * timeline. Center codes and user uuids are plain values (other modules);
 * foreign keys stay inside the module.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('shipping_transports', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table.boolean('completed').notNullable().defaultTo(false).index()
      table.string('distribution_center_code_source', 16).notNullable().index()
      table.string('distribution_center_code_destination', 16).notNullable().index()
      table.uuid('driver_uuid').nullable().index()
      table.timestamp('timestamp_created', { useTz: true }).notNullable().index()
      table.timestamp('timestamp_departed', { useTz: true }).nullable().index()
      table.timestamp('timestamp_arrived', { useTz: true }).nullable().index()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.check(
        '?? <> ??',
        ['distribution_center_code_source', 'distribution_center_code_destination'],
        'shipping_transports_distinct_centers'
      )
    })

    this.schema.createTable('shipping_batches', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table.string('alias', 20).notNullable().unique()
      table.boolean('completed').notNullable().defaultTo(false).index()
      table
        .integer('transport_id')
        .unsigned()
        .nullable()
        .references('shipping_transports.id')
        .onDelete('RESTRICT')
        .index()
      table.timestamp('timestamp_created', { useTz: true }).notNullable().index()
      table.timestamp('timestamp_transport_assigned', { useTz: true }).nullable()
      table.timestamp('timestamp_completed', { useTz: true }).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('shipping_items', (table) => {
      table.increments('id')
      table.uuid('uuid').notNullable().unique()
      table.string('tracking_number', 20).notNullable().unique()
      table.string('sku', 20).notNullable().defaultTo('')
      table
        .enum('status', ['CREATED', 'MOVING', 'COMPLETED', 'DAMAGED', 'LOST'])
        .notNullable()
        .defaultTo('CREATED')
        .index()
      table.string('current_distribution_center_code', 16).nullable().index()
      table.timestamp('timestamp_created', { useTz: true }).notNullable().index()
      table.timestamp('timestamp_completed', { useTz: true }).nullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('shipping_batch_items', (table) => {
      table
        .integer('batch_id')
        .unsigned()
        .notNullable()
        .references('shipping_batches.id')
        .onDelete('CASCADE')
      table
        .integer('item_id')
        .unsigned()
        .notNullable()
        .references('shipping_items.id')
        .onDelete('CASCADE')
        .index()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.primary(['batch_id', 'item_id'])
    })

    this.schema.createTable('shipping_item_events', (table) => {
      table.increments('id')
      table
        .integer('item_id')
        .unsigned()
        .notNullable()
        .references('shipping_items.id')
        .onDelete('CASCADE')
      // The domain event this entry records: a redelivery writes nothing new.
      table.uuid('event_id').notNullable()
      table.string('kind', 32).notNullable()
      table.string('status', 24).nullable()
      table.string('batch_alias', 20).nullable()
      table.uuid('transport_uuid').nullable()
      table.string('distribution_center_code', 16).nullable()
      table.string('actor', 64).nullable()
      table.string('note', 500).nullable()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      table.unique(['event_id', 'item_id'])
      table.index(['item_id', 'occurred_at'])
    })
  }

  async down() {
    this.schema.dropTable('shipping_item_events')
    this.schema.dropTable('shipping_batch_items')
    this.schema.dropTable('shipping_items')
    this.schema.dropTable('shipping_batches')
    this.schema.dropTable('shipping_transports')
  }
}
