/**
 * The bare baseline: Fastify + pg answering the paged item list and item
 * detail with the same SQL (ADR 0016), prepared where Waybill prepares it,
 * and the same JSON shape as Waybill's
 * `GET /api/v1/shipping/shippingitems/` (count, page, batch histories) and
 * `…/shippingitems/<tracking number>` (the item, its batch history), and
 * nothing else: no auth, no framework, no ORM. The API benchmark runs it
 * beside the built app so its report prints Waybill/baseline ratios.
 *
 * Plain TypeScript that Node runs as is (type stripping):
 *   PG_DB_NAME=waybill_bench PORT=3391 node bench/baseline/server.ts
 */
import { createHash } from 'node:crypto'
import Fastify from 'fastify'
import pg from 'pg'
import { DateTime } from 'luxon'

const ZONE = process.env.BUSINESS_TIMEZONE ?? 'Asia/Seoul'
const STATUSES = new Set(['CREATED', 'MOVING', 'COMPLETED', 'DAMAGED', 'LOST'])
const PAGE_SIZE = 10
const MAX_PAGE_SIZE = 100

const pool = new pg.Pool({
  host: process.env.PG_HOST ?? '127.0.0.1',
  port: Number(process.env.PG_PORT ?? 5432),
  user: process.env.PG_USER ?? 'postgres',
  password: process.env.PG_PASSWORD ?? '',
  database: process.env.PG_DB_NAME ?? 'waybill_bench',
  max: 10,
})

/**
 * As Waybill runs its hot reads (`#core/db/prepared`): a named prepared
 * statement, named by a digest of its text, so both servers make
 * PostgreSQL do the same work per statement.
 */
function prepared<Row extends pg.QueryResultRow>(text: string, values: unknown[]) {
  const name = `b_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`
  return pool.query<Row>({ name, text, values })
}

type ItemRow = {
  id: number
  uuid: string
  tracking_number: string
  sku: string
  status: string
  current_distribution_center_code: string | null
  timestamp_created: Date
  timestamp_completed: Date | null
}

/** The columns of `ItemRow`, which the item list and detail read (as Waybill does). */
const ITEM_COLUMNS =
  '"id", "uuid", "tracking_number", "sku", "status", "current_distribution_center_code", ' +
  '"timestamp_created", "timestamp_completed"'

type HistoryRow = {
  item_id: number
  alias: string
  completed: boolean
  transport_uuid: string | null
  source: string | null
  destination: string | null
}

/** As Waybill renders datetimes: ISO 8601 in the business time zone. */
const apiDateTime = (value: Date | null) =>
  value === null ? null : DateTime.fromJSDate(value).setZone(ZONE).toISO()

/** As Waybill's `ListItems.skipDaysFrom`. */
const SKIP_DAYS_FROM = 1000

const nextDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10)
}

const positiveInt = (raw: unknown) =>
  typeof raw === 'string' && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null

const app = Fastify({ logger: false })

app.get('/api/v1/shipping/shippingitems/', async (request, reply) => {
  const qs = request.query as Record<string, string | undefined>
  const status = qs.status && STATUSES.has(qs.status) ? qs.status : null
  const pageSize = Math.min(positiveInt(qs.page_size) ?? PAGE_SIZE, MAX_PAGE_SIZE)
  const page = qs.page === undefined ? 1 : positiveInt(qs.page)
  if (page === null) return reply.code(404).send({ detail: 'Invalid page.' })

  const where = status ? 'where "status" = $1' : ''
  const params = status ? [status] : []
  // As Waybill: the total from the maintained counts, the page's ids from
  // the index, read from the nearer end of the list (after the whole days
  // before the page, deep in it), then their rows.
  const counted = await prepared<{ total: string | null }>(
    `select sum("total") as "total" from "shipping_item_counts" ${where}`,
    params
  )
  const count = Number(counted.rows[0].total ?? 0)
  const lastPage = Math.max(1, Math.ceil(count / pageSize))
  if (page > lastPage) return reply.code(404).send({ detail: 'Invalid page.' })

  let rows: ItemRow[] = []
  const offset = (page - 1) * pageSize
  const limit = Math.min(pageSize, count - offset)
  if (limit > 0) {
    const fromEnd = count - offset - limit < offset
    const inner = fromEnd ? 'asc' : 'desc'
    let skip = fromEnd ? count - offset - limit : offset
    // Deep in the list, whole days are skipped by their counts first.
    let conditions = where
    const bindings: unknown[] = [...params]
    if (skip >= SKIP_DAYS_FROM) {
      const days = await prepared<{ day: string; total: string }>(
        `select "day", sum("total") as "total" from "shipping_item_day_counts" ${where} ` +
          `group by "day" order by "day" ${inner}`,
        params
      )
      let skipped = 0
      for (const { day, total } of days.rows) {
        if (skipped + Number(total) > skip) {
          const boundary = fromEnd ? day : nextDay(day)
          bindings.push(`${boundary}T00:00:00Z`)
          const condition = `"timestamp_created" ${fromEnd ? '>=' : '<'} $${bindings.length}`
          conditions = conditions ? `${conditions} and ${condition}` : `where ${condition}`
          skip -= skipped
          break
        }
        skipped += Number(total)
      }
    }
    // Bound, as knex binds them; knex leaves a zero offset out.
    bindings.push(limit)
    let window = `limit $${bindings.length}`
    if (skip > 0) {
      bindings.push(skip)
      window += ` offset $${bindings.length}`
    }
    const result = await prepared<ItemRow>(
      `select ${ITEM_COLUMNS} from "shipping_items" where "id" in (select "id" from "shipping_items" ${conditions} ` +
        `order by "timestamp_created" ${inner}, "id" ${inner} ${window}) ` +
        'order by "timestamp_created" desc, "id" desc',
      bindings
    )
    rows = result.rows
  }
  const histories = await batchHistories(rows.map((row) => row.id))

  const url = new URL(request.url, `http://${request.headers.host}`)
  const pageUrl = (target: number) => {
    const other = new URL(url)
    if (target === 1) other.searchParams.delete('page')
    else other.searchParams.set('page', String(target))
    return other.toString()
  }
  return {
    count,
    next: page < lastPage ? pageUrl(page + 1) : null,
    previous: page > 1 ? pageUrl(page - 1) : null,
    current_page: page,
    items_per_page: pageSize,
    results: rows.map((row) => itemJson(row, histories)),
  }
})

app.get('/api/v1/shipping/shippingitems/:tracking_number', async (request, reply) => {
  const { tracking_number: trackingNumber } = request.params as { tracking_number: string }
  const { rows } = await prepared<ItemRow>(
    `select ${ITEM_COLUMNS} from "shipping_items" where "tracking_number" = $1`,
    [trackingNumber]
  )
  if (rows.length === 0) return reply.code(404).send({ detail: 'Not found.' })
  return itemJson(rows[0], await batchHistories([rows[0].id]))
})

function itemJson(row: ItemRow, histories: Map<number, HistoryRow[]>) {
  return {
    uuid: row.uuid,
    tracking_number: row.tracking_number,
    sku: row.sku,
    status: row.status,
    shipping_batches_history: (histories.get(row.id) ?? []).map((entry) => ({
      alias: entry.alias,
      completed: entry.completed,
      shipping_transport__uuid: entry.transport_uuid,
      shipping_transport__distribution_center_code_source: entry.source,
      shipping_transport__distribution_center_code_destination: entry.destination,
    })),
    current_distribution_center_code: row.current_distribution_center_code,
    timestamp_created: apiDateTime(row.timestamp_created),
    timestamp_completed: apiDateTime(row.timestamp_completed),
  }
}

async function batchHistories(itemIds: number[]) {
  const byItem = new Map<number, HistoryRow[]>()
  if (itemIds.length === 0) return byItem
  const { rows } = await prepared<HistoryRow>(
    'select "bi"."item_id", "b"."alias", "b"."completed", "t"."uuid" as "transport_uuid", ' +
      '"t"."distribution_center_code_source" as "source", ' +
      '"t"."distribution_center_code_destination" as "destination" ' +
      'from "shipping_batch_items" as "bi" ' +
      'inner join "shipping_batches" as "b" on "b"."id" = "bi"."batch_id" ' +
      'left join "shipping_transports" as "t" on "t"."id" = "b"."transport_id" ' +
      'where "bi"."item_id" = any($1) ' +
      'order by "b"."timestamp_created" desc, "b"."id" desc',
    [itemIds]
  )
  for (const row of rows) {
    const entries = byItem.get(row.item_id) ?? []
    entries.push(row)
    byItem.set(row.item_id, entries)
  }
  return byItem
}

const shutdown = async () => {
  await app.close()
  await pool.end()
  process.exit(0)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3391) })
