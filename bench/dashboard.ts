import app from '@adonisjs/core/services/app'
import { performance } from 'node:perf_hooks'
import { DashboardFigures } from '#shipping/queries/dashboard_figures'
import { count, markdownTable, ms, ratio } from '#bench/report'

export type DashboardQueryFigures = { items: number; query: string; p50Ms: number; p99Ms: number }

/**
 * Calls per figure. Of 50 calls the p99 was the slowest one, so one pause
 * (a collection, the machine's scheduler) decided the target's ratio; of 500
 * it is the fifth slowest.
 */
export const DASHBOARD_RUNS = 500

/**
 * Each of the dashboard's figures (the queries behind its widgets, as the
 * page's deferred props call them), `runs` times in a row after one
 * unmeasured call: the figures' cost at this data set's size, apart from
 * HTTP and rendering.
 */
export async function benchDashboardQueries(items: number, runs = DASHBOARD_RUNS) {
  const figures = await app.container.make(DashboardFigures)
  const queries: [string, () => Promise<unknown>][] = [
    ['items by status', () => figures.itemsByStatus()],
    ['open transports', () => figures.openTransports()],
    ['delivered per day (14 days)', () => figures.deliveredPerDay()],
    ['created per day (14 days)', () => figures.createdPerDay()],
    ['top routes', () => figures.topRoutes()],
  ]
  const rows: DashboardQueryFigures[] = []
  for (const [query, run] of queries) {
    await run()
    const times: number[] = []
    for (let index = 0; index < runs; index++) {
      const started = performance.now()
      await run()
      times.push(performance.now() - started)
    }
    times.sort((a, b) => a - b)
    const at = (share: number) =>
      times[Math.min(times.length - 1, Math.floor(share * times.length))]
    rows.push({ items, query, p50Ms: at(0.5), p99Ms: at(0.99) })
  }
  return rows
}

/** The table, with each query's p99 next to its p99 at the smallest data set. */
export function dashboardTable(rows: DashboardQueryFigures[]) {
  const smallest = Math.min(...rows.map((row) => row.items))
  const base = new Map(rows.filter((row) => row.items === smallest).map((row) => [row.query, row]))
  return markdownTable(
    ['items', 'dashboard query', 'p50', 'p99', `p99 / p99 at ${count(smallest)}`],
    rows.map((row) => [
      count(row.items),
      row.query,
      ms(row.p50Ms),
      ms(row.p99Ms),
      ratio(row.p99Ms / (base.get(row.query)?.p99Ms ?? row.p99Ms)),
    ])
  )
}
