import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { assertBenchDatabase } from '#bench/database'
import { insertInChunks } from '#core/db/bulk_insert'
import { dbTimestamp } from '#core/db/timestamps'
import { businessDateStamp } from '#core/time/business_time'
import { newItemUuid } from '#shipping/services/codes'
import { CreateUser } from '#users/actions/create_user'

/**
 * The benchmark data set. Item `i` (0-based, in creation order) is fully
 * determined by `i`, so `--items=N` tops up whatever is there to N items:
 *  - every 200 items are one trip: 4 batches of 50 on one transport;
 *  - trips cycle through 20 kinds: 1 not yet batched (items CREATED), 1 on
 *    the road (MOVING), 1 loaded and waiting to depart, 1 batched with no
 *    transport, 16 arrived (COMPLETED at the destination);
 *  - about 1 in 97 items was reported DAMAGED and 1 in 211 LOST;
 *  - one item arrives every 10 s from 2025-01-01 (1M items span 116 days).
 * Item timelines are not written (no endpoint under load reads them).
 */
export const BENCH_SKU = 'BENCH'
export const BENCH_STAFF = 'bench-staff'
const CENTERS = ['ICN', 'PUS', 'DJN', 'GWJ', 'TAE', 'USN', 'SWN', 'CJU']
const DRIVERS = 16
const ITEMS_PER_BATCH = 50
const ITEMS_PER_TRIP = 200
const SLAB = 20_000
const ROWS_PER_STATEMENT = 4_000
const EPOCH = DateTime.fromISO('2025-01-01T00:00:00Z')
const ITEM_INTERVAL_S = 10
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

type TripKind = 'unbatched' | 'on_the_road' | 'loaded' | 'unassigned' | 'arrived'

function tripKind(trip: number): TripKind {
  switch (trip % 20) {
    case 0:
      return 'unbatched'
    case 1:
      return 'on_the_road'
    case 2:
      return 'loaded'
    case 3:
      return 'unassigned'
    default:
      return 'arrived'
  }
}

const hasTransport = (kind: TripKind) =>
  kind === 'on_the_road' || kind === 'loaded' || kind === 'arrived'

function route(trip: number): [string, string] {
  const source = trip % CENTERS.length
  const hop = 1 + (Math.floor(trip / CENTERS.length) % (CENTERS.length - 1))
  return [CENTERS[source], CENTERS[(source + hop) % CENTERS.length]]
}

const createdAt = (index: number) => EPOCH.plus({ seconds: index * ITEM_INTERVAL_S })
const dateStamp = (at: DateTime) => businessDateStamp(at)

/** `YYYYMMDD-` and the index in 10 digits: unique and realistic. */
export function benchTrackingNumber(index: number) {
  return `${dateStamp(createdAt(index))}-${String(index).padStart(10, '0')}`
}

function batchAlias(batch: number, at: DateTime) {
  let rest = batch
  const letters: string[] = []
  for (let n = 0; n < 10; n++) {
    letters.push(LETTERS[rest % LETTERS.length])
    rest = Math.floor(rest / LETTERS.length)
  }
  return `${dateStamp(at)}-${letters.reverse().join('')}`
}

export type SeedReport = { before: number; after: number; seconds: number }

/** Tops the benchmark data set up to `items` items (never deletes). */
export async function seedBench(
  items: number,
  progress: (done: number) => void = () => {}
): Promise<SeedReport> {
  const started = performance.now()
  const drivers = await ensurePeople()
  await ensureCenters()
  const before = await countBenchItems()
  for (let from = before; from < items; from += SLAB) {
    const to = Math.min(items, from + SLAB)
    await db.transaction((trx) => insertSlab(trx, from, to, drivers))
    progress(to)
  }
  return {
    before,
    after: Math.max(before, items),
    seconds: (performance.now() - started) / 1000,
  }
}

/**
 * Empties the logistics tables (of the bench database only), so a smaller data set can be seeded after a larger one.
 */
export async function resetBench() {
  assertBenchDatabase()
  const tables = [
    'shipping_delivery_proofs',
    'shipping_item_events',
    'shipping_batch_items',
    'shipping_items',
    'shipping_batches',
    'shipping_transports',
  ]
  if (db.connection().dialect.name === 'postgres') {
    await db.rawQuery(`truncate ${tables.join(', ')} restart identity`)
  } else {
    for (const table of tables) await db.from(table).delete()
  }
}

export async function countBenchItems(): Promise<number> {
  const [row] = await db.from('shipping_items').where('sku', BENCH_SKU).count('* as total')
  return Number(row.total)
}

async function ensureCenters() {
  const now = dbTimestamp(db.connection())
  await insertInChunks(
    db.connection(),
    'distribution_centers',
    CENTERS.map((code) => ({
      uuid: randomUUID(),
      center_code: code,
      name: `Bench ${code}`,
      created_at: now,
      updated_at: now,
    })),
    { ignoreConflictsOn: ['center_code'] }
  )
}

/** The staff member the API benchmark signs in as, and the drivers. */
async function ensurePeople(): Promise<string[]> {
  const createUser = await app.container.make(CreateUser)
  const ensure = async (username: string, type: 'STAFF' | 'DRIVER') => {
    const found = await db.from('users').where('username', username).select('uuid').first()
    if (found) return found.uuid as string
    const created = await createUser.handle({ type, username, fullname: username })
    return created.uuid
  }
  await ensure(BENCH_STAFF, 'STAFF')
  const drivers: string[] = []
  for (let n = 1; n <= DRIVERS; n++) drivers.push(await ensure(`bench-driver-${n}`, 'DRIVER'))
  return drivers
}

/** Items `from`..`to` (exclusive), with the trips and batches that start among them. */
async function insertSlab(
  trx: TransactionClientContract,
  from: number,
  to: number,
  drivers: string[]
) {
  const ts = (at: DateTime) => dbTimestamp(trx, at)
  const transports = []
  const batches = []
  const items = []
  const memberships: { batch: string; tracking: string; at: DateTime }[] = []

  for (let index = from; index < to; index++) {
    const trip = Math.floor(index / ITEMS_PER_TRIP)
    const kind = tripKind(trip)
    const [source, destination] = route(trip)
    const tripStart = createdAt(trip * ITEMS_PER_TRIP)
    const tripDeparted = tripStart.plus({ seconds: ITEMS_PER_TRIP * ITEM_INTERVAL_S + 600 })
    const tripArrived = tripDeparted.plus({ hours: 5 })
    const batch = Math.floor(index / ITEMS_PER_BATCH)
    const batchStart = createdAt(batch * ITEMS_PER_BATCH)
    const alias = batchAlias(batch, batchStart)

    if (index % ITEMS_PER_TRIP === 0 && hasTransport(kind)) {
      transports.push({
        uuid: tripUuid(trip),
        completed: kind === 'arrived',
        distribution_center_code_source: source,
        distribution_center_code_destination: destination,
        driver_uuid: drivers[trip % drivers.length],
        timestamp_created: ts(tripStart),
        timestamp_departed: kind === 'loaded' ? null : ts(tripDeparted),
        timestamp_arrived: kind === 'arrived' ? ts(tripArrived) : null,
        updated_at: ts(kind === 'arrived' ? tripArrived : tripStart),
      })
    }
    if (index % ITEMS_PER_BATCH === 0 && kind !== 'unbatched') {
      batches.push({
        uuid: randomUUID(),
        alias,
        completed: kind === 'arrived',
        trip: hasTransport(kind) ? tripUuid(trip) : null,
        timestamp_created: ts(batchStart),
        timestamp_transport_assigned: hasTransport(kind)
          ? ts(tripDeparted.minus({ minutes: 5 }))
          : null,
        timestamp_completed: kind === 'arrived' ? ts(tripArrived) : null,
        updated_at: ts(batchStart),
      })
    }

    const created = createdAt(index)
    const tracking = benchTrackingNumber(index)
    let status = kind === 'unbatched' ? 'CREATED' : kind === 'arrived' ? 'COMPLETED' : 'MOVING'
    let center: string | null = kind === 'arrived' ? destination : null
    if (index % 211 === 0) {
      status = 'LOST'
      center = null
    } else if (index % 97 === 0) {
      status = 'DAMAGED'
    }
    items.push({
      uuid: newItemUuid(),
      tracking_number: tracking,
      sku: BENCH_SKU,
      status,
      current_distribution_center_code: center,
      timestamp_created: ts(created),
      timestamp_completed: status === 'COMPLETED' ? ts(tripArrived) : null,
      updated_at: ts(created),
    })
    if (kind !== 'unbatched') memberships.push({ batch: alias, tracking, at: created })
  }

  // A top-up may continue a trip (and a batch) that an earlier run started.
  const transportIds = await insertReturningIds(trx, 'shipping_transports', 'uuid', transports)
  await addExistingIds(
    trx,
    'shipping_transports',
    'uuid',
    transportIds,
    batches.flatMap((b) => b.trip ?? [])
  )
  const batchIds = await insertReturningIds(
    trx,
    'shipping_batches',
    'alias',
    batches.map(({ trip, ...batch }) => ({
      ...batch,
      transport_id: trip ? transportIds.get(trip) : null,
    }))
  )
  await addExistingIds(
    trx,
    'shipping_batches',
    'alias',
    batchIds,
    memberships.map((m) => m.batch)
  )
  const itemIds = await insertReturningIds(trx, 'shipping_items', 'tracking_number', items)
  await insertInChunks(
    trx,
    'shipping_batch_items',
    memberships.map((m) => ({
      batch_id: batchIds.get(m.batch),
      item_id: itemIds.get(m.tracking),
      created_at: ts(m.at),
    })),
    { rowsPerStatement: ROWS_PER_STATEMENT }
  )
}

/** A trip's transport uuid, derived from the trip number (a top-up finds it again). */
function tripUuid(trip: number) {
  return `00000000-0000-4000-8000-${String(trip).padStart(12, '0')}`
}

/** Adds to `ids` the ids of the `keys` it lacks (rows an earlier run inserted). */
async function addExistingIds(
  trx: TransactionClientContract,
  table: string,
  key: string,
  ids: Map<string, number>,
  keys: string[]
) {
  const missing = [...new Set(keys.filter((value) => !ids.has(value)))]
  if (missing.length === 0) return
  for (const row of await trx.from(table).whereIn(key, missing).select('id', key)) {
    ids.set(row[key], row.id)
  }
}

/** Inserts the rows and maps each row's `key` to its new id (the rows past the table's previous maximum id). */
async function insertReturningIds(
  trx: TransactionClientContract,
  table: string,
  key: string,
  rows: Record<string, unknown>[]
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  if (rows.length === 0) return ids
  const [{ max }] = await trx.from(table).max('id as max')
  await insertInChunks(trx, table, rows, { rowsPerStatement: ROWS_PER_STATEMENT })
  const inserted = await trx
    .from(table)
    .where('id', '>', Number(max ?? 0))
    .select('id', key)
  for (const row of inserted) ids.set(row[key], row.id)
  return ids
}
