import db from '@adonisjs/lucid/services/db'
import ShippingItem from '#shipping/models/shipping_item'
import { orderedNewestFirst } from '#shipping/queries/ordering'
import { markdownTable } from '#bench/report'

/**
 * Evidence for the report: PostgreSQL's plans (EXPLAIN ANALYZE) for the
 * queries behind one item-list page, built as ListItems builds them: the
 * count of the filtered rows and the page itself.
 */
export async function listQueryPlans(page: number): Promise<string> {
  const filtered = () => ShippingItem.query().where('status', 'COMPLETED')
  const pageQuery = orderedNewestFirst(filtered(), []).forPage(page, 10)
  const countQuery = db
    .query()
    .from(filtered().as('page_source') as any)
    .count('* as total')
  const rows: string[][] = []
  for (const [label, query] of [
    ['count (every page)', countQuery],
    [`page ${page.toLocaleString('en')}`, pageQuery],
  ] as const) {
    const { sql, bindings } = query.toSQL()
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
