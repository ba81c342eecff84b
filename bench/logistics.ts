import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { dbTimestamp } from '#core/db/timestamps'
import { insertInChunks } from '#core/db/bulk_insert'
import { CreateCenter } from '#distribution/actions/create_center'
import { DeleteCenter } from '#distribution/actions/delete_center'
import { CreateBatch } from '#shipping/actions/create_batch'
import { CreateTransport } from '#shipping/actions/create_transport'
import { AddItemsToBatch } from '#shipping/actions/add_items_to_batch'
import { AddBatchesToTransport } from '#shipping/actions/add_batches_to_transport'
import { StartTransport } from '#shipping/actions/start_transport'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { ShippingViews } from '#shipping/presenters/shipping_views'
import { newItemUuid } from '#shipping/services/codes'
import { CreateUser } from '#users/actions/create_user'
import { markdownTable, median, ms } from '#bench/report'

export type LogisticsBenchResult = {
  database: string
  addItemsMs: number[]
  startTransportMs: number[]
  completeTransportMs: number[]
  addItemsCount: number
  completeItemsCount: number
}

/**
 * The bulk operations of the logistics issue, timed as one API request
 * does them (action in its transaction, then the response rendered), on
 * rows made for the run and deleted afterwards:
 *  - add `addCount` items to a batch;
 *  - start, then complete, a transport carrying `completeCount` items (loaded
 *    in batches of `addCount` items, one add each: no request carries more).
 */
export async function benchLogistics(options: {
  addCount: number
  completeCount: number
  runs: number
}): Promise<LogisticsBenchResult> {
  const tag = randomBytes(3).toString('hex').toUpperCase()
  const [source, destination] = [`B${tag}S`, `B${tag}D`]
  const createCenter = await app.container.make(CreateCenter)
  const centers = [
    await createCenter.handle({ center_code: source, name: 'bench source' }),
    await createCenter.handle({ center_code: destination, name: 'bench destination' }),
  ]
  const createUser = await app.container.make(CreateUser)
  const driver = await createUser.handle({
    type: 'DRIVER',
    username: `bench-${tag}`,
    fullname: 'Bench Driver',
  })

  const views = await app.container.make(ShippingViews)
  const addItems = await app.container.make(AddItemsToBatch)
  const createTransport = await app.container.make(CreateTransport)
  const loadBatches = await app.container.make(AddBatchesToTransport)
  const startTransport = await app.container.make(StartTransport)
  const complete = await app.container.make(CompleteTransport)
  const createBatch = new CreateBatch()
  const itemIds: number[] = []
  const batchIds: number[] = []
  const transportIds: number[] = []
  const result: LogisticsBenchResult = {
    database: db.connection().dialect.name,
    addItemsMs: [],
    startTransportMs: [],
    completeTransportMs: [],
    addItemsCount: options.addCount,
    completeItemsCount: options.completeCount,
  }

  try {
    for (let run = 0; run < options.runs; run++) {
      const numbers = await insertItems(options.addCount, itemIds)
      const batch = await createBatch.handle({})
      batchIds.push(batch.id)
      const started = performance.now()
      const ids = await addItems.handle(batch.alias, numbers, 'bench')
      await views.itemsByIds(ids)
      result.addItemsMs.push(performance.now() - started)
    }

    for (let run = 0; run < options.runs; run++) {
      const numbers = await insertItems(options.completeCount, itemIds)
      const aliases: string[] = []
      for (let start = 0; start < numbers.length; start += options.addCount) {
        const batch = await createBatch.handle({})
        batchIds.push(batch.id)
        aliases.push(batch.alias)
        await addItems.handle(batch.alias, numbers.slice(start, start + options.addCount), 'bench')
      }
      const transport = await createTransport.handle({
        distribution_center_code_source: source,
        distribution_center_code_destination: destination,
      })
      transportIds.push(transport.id)
      await loadBatches.handle(transport.uuid, aliases, 'bench')

      let started = performance.now()
      const departed = await startTransport.handle(transport.uuid, driver.uuid, { actor: 'bench' })
      await views.transport(departed)
      result.startTransportMs.push(performance.now() - started)

      started = performance.now()
      const completed = await complete.handle(transport.uuid, { actor: 'bench' })
      await views.transport(completed)
      result.completeTransportMs.push(performance.now() - started)
    }
  } finally {
    await db.from('shipping_batches').whereIn('id', batchIds).update({ transport_id: null })
    await db.from('shipping_transports').whereIn('id', transportIds).delete()
    await db.from('shipping_batches').whereIn('id', batchIds).delete()
    for (let start = 0; start < itemIds.length; start += 5_000) {
      await db
        .from('shipping_items')
        .whereIn('id', itemIds.slice(start, start + 5_000))
        .delete()
    }
    const deleteCenter = await app.container.make(DeleteCenter)
    for (const center of centers) await deleteCenter.handle(center.uuid)
    await db.from('users').where('uuid', driver.uuid).delete()
  }
  return result
}

/** Items straight into the table (set-up, not measured). */
async function insertItems(count: number, ids: number[]): Promise<string[]> {
  const now = dbTimestamp(db.connection())
  const rows = Array.from({ length: count }, () => ({
    uuid: newItemUuid(),
    tracking_number: `B-${randomBytes(8).toString('hex')}`,
    sku: 'BENCH',
    status: 'CREATED',
    timestamp_created: now,
    updated_at: now,
  }))
  await insertInChunks(db.connection(), 'shipping_items', rows)
  // In slices: one statement takes at most 65,535 parameters on PostgreSQL.
  for (let start = 0; start < rows.length; start += 5_000) {
    const inserted = await db
      .from('shipping_items')
      .whereIn(
        'uuid',
        rows.slice(start, start + 5_000).map((row) => row.uuid)
      )
      .select('id')
    ids.push(...inserted.map((row) => row.id))
  }
  return rows.map((row) => row.tracking_number)
}

/** The figures as a markdown table: median, min and max of each operation. */
export function logisticsTable(result: LogisticsBenchResult): string {
  const row = (label: string, values: number[], target: string) => [
    label,
    ms(median(values)),
    ms(Math.min(...values)),
    ms(Math.max(...values)),
    target,
  ]
  return markdownTable(
    [`operation (${result.database})`, 'median', 'min', 'max', 'target'],
    [
      row(
        `add ${result.addItemsCount.toLocaleString('en')} items to a batch`,
        result.addItemsMs,
        '< 2 s'
      ),
      row(
        `start a ${result.completeItemsCount.toLocaleString('en')}-item transport`,
        result.startTransportMs,
        '–'
      ),
      row(
        `complete a ${result.completeItemsCount.toLocaleString('en')}-item transport`,
        result.completeTransportMs,
        '< 5 s'
      ),
    ]
  )
}
