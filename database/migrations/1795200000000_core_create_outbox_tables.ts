import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The transactional outbox (events written in the business transaction,
 * handed to the queue after commit) and the listeners' inbox (one row per
 * event and listener that has been applied).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('core_outbox_events', (table) => {
      table.uuid('id').primary()
      table.string('name', 128).notNullable()
      table.json('payload').notNullable()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      table.timestamp('dispatched_at', { useTz: true }).nullable()
      table.integer('attempts').notNullable().defaultTo(0)
      // The sweep reads only what is still waiting, oldest first.
      table.index(['occurred_at'], 'core_outbox_events_undispatched_idx', {
        predicate: this.knex().whereNull('dispatched_at'),
      })
    })

    this.schema.createTable('core_processed_events', (table) => {
      table.uuid('event_id').notNullable()
      table.string('listener', 128).notNullable()
      table.timestamp('processed_at', { useTz: true }).notNullable()
      table.primary(['event_id', 'listener'])
    })
  }

  async down() {
    this.schema.dropTable('core_processed_events')
    this.schema.dropTable('core_outbox_events')
  }
}
