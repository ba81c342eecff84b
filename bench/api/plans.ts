import db from '@adonisjs/lucid/services/db'
import { pageWindow } from '#core/queries/page'
import { ListItems } from '#shipping/queries/list_items'
import { listItemsValidator } from '#shipping/validators/list_validators'
import { markdownTable } from '#bench/report'

/**
 * Evidence for the report: PostgreSQL's plans (EXPLAIN ANALYZE) for the
 * queries behind one item-list page, taken from ListItems itself (the
 * scenario's filters, validated as the API validates them): the total of
 * the filtered rows, the items per day a deep page skips whole days by, and
 * the page itself, read from the nearer end as ListItems reads it.
 */
export async function listQueryPlans(page: number): Promise<string> {
  const filters = await listItemsValidator.validate({ status: 'COMPLETED' })
  const list = new ListItems()
  const count = list.countStatement(filters)
  const total = await db
    .rawQuery(count.sql, count.bindings)
    .then(({ rows: [row] }) => Number(row.total))
  const window = pageWindow(total, page, filters.page_size)
  const { query: pageQuery } = await list.sliceStatement(filters, {
    ...window,
    reversed: window.fromEnd,
  })
  const rows: string[][] = []
  for (const [label, query] of [
    ['count (every page)', count],
    [
      'items per day (a deep page)',
      list.dayCountsQuery(filters, window.fromEnd ? 'asc' : 'desc').toSQL(),
    ],
    [`page ${page.toLocaleString('en')}`, pageQuery.toSQL()],
  ] as const) {
    const { sql, bindings } = query
    const explained = await db.rawQuery(`explain (analyze, buffers) ${sql}`, bindings as any[])
    const lines: string[] = explained.rows.map((row: Record<string, string>) => row['QUERY PLAN'])
    const nodes = lines
      .filter((line) => line.includes('(actual'))
      .map((line) =>
        line
          .trim()
          .replace(/^->\s*/, '')
          .replace(/\s+\(cost=[^)]*\)/, '')
      )
    const time = lines.find((line) => line.startsWith('Execution Time')) ?? ''
    rows.push([
      label,
      nodes.join(' → ').replaceAll('|', '\\|'),
      time.replace('Execution Time: ', ''),
    ])
  }
  return markdownTable(['query', 'plan (outer → inner, with actual rows)', 'execution time'], rows)
}
