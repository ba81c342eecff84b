import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { InvalidPage } from '#core/queries/page'
import { pageRequestFrom } from '#core/validation/list_params'
import { paginate } from '#tests/support/pagination'
import { contextFor } from '#tests/support/http_context'
import { appUrl } from '#core/http/public_url'

const TABLE = 'core_pagination_probe'

/**
 * Paginates the 25 probe rows (ordered by n) as a request to `url` would,
 * sent to another host name: links are built on APP_URL all the same.
 */
async function page(url: string) {
  const ctx = await contextFor(url, { host: 'waybill.test' })
  const query = db.from(TABLE).select('n').orderBy('n')
  return paginate(query, pageRequestFrom(ctx.request.qs()), ctx.request, (rows) =>
    rows.map((row: { n: number }) => row.n)
  )
}

test.group('Pagination helper', (group) => {
  group.setup(async () => {
    await db.connection().schema.createTable(TABLE, (table) => table.integer('n'))
    await db.table(TABLE).multiInsert(Array.from({ length: 25 }, (_, i) => ({ n: i + 1 })))
    return () => db.connection().schema.dropTable(TABLE)
  })

  test('defaults to page 1 of 10 with absolute next link', async ({ assert }) => {
    const result = await page('/api/v1/items/')
    assert.deepEqual(result, {
      count: 25,
      next: `${appUrl}/api/v1/items/?page=2`,
      previous: null,
      current_page: 1,
      items_per_page: 10,
      results: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    })
  })

  test('keeps other query params; previous to page 1 drops page', async ({ assert }) => {
    const result = await page('/api/v1/items/?status=CREATED&page=2&page_size=7')
    assert.equal(result.next, `${appUrl}/api/v1/items/?status=CREATED&page=3&page_size=7`)
    assert.equal(result.previous, `${appUrl}/api/v1/items/?status=CREATED&page_size=7`)
    assert.equal(result.items_per_page, 7)
    assert.deepEqual(result.results, [8, 9, 10, 11, 12, 13, 14])
  })

  test('items_per_page tells the real page size, capped at 100', async ({ assert }) => {
    const result = await page('/api/v1/items/?page_size=1000')
    assert.equal(result.items_per_page, 100)
    assert.lengthOf(result.results, 25)
    assert.isNull(result.next)
  })

  test('page=last is the last page', async ({ assert }) => {
    const result = await page('/api/v1/items/?page=last')
    assert.equal(result.current_page, 3)
    assert.deepEqual(result.results, [21, 22, 23, 24, 25])
    assert.isNull(result.next)
    assert.equal(result.previous, `${appUrl}/api/v1/items/?page=2`)
  })

  test('out-of-range or malformed pages are Invalid page.', async ({ assert }) => {
    for (const bad of ['4', '0', '-1', 'abc', '1.5', '99999999999999999999']) {
      const error = await page(`/api/v1/items/?page=${bad}`).catch((e) => e)
      assert.instanceOf(error, InvalidPage, `page=${bad}`)
      assert.equal(error.status, 404)
      assert.deepEqual(error.toEntries(), [{ message: 'Invalid page.', code: 'not_found' }])
    }
  })

  test('page 1 of an empty list is an empty page, page 2 is invalid', async ({ assert }) => {
    const ctx = await contextFor('/api/v1/items/', { host: 'waybill.test' })
    const empty = db.from(TABLE).where('n', '>', 1000)
    const result = await paginate(empty, { page: 1, pageSize: 10 }, ctx.request, (rows) => rows)
    assert.deepEqual(result, {
      count: 0,
      next: null,
      previous: null,
      current_page: 1,
      items_per_page: 10,
      results: [],
    })
    await assert.rejects(() =>
      paginate(empty, { page: 2, pageSize: 10 }, ctx.request, (rows) => rows)
    )
  })
})
