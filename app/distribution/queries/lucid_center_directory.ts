import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { inListCondition } from '#core/db/id_lists'
import { preparedRows } from '#core/db/prepared'
import DistributionCenter from '#distribution/models/distribution_center'
import { CenterViews } from '#distribution/presenters/center_views'
import { CenterDirectory, type CenterName, type CenterView } from '#distribution/contracts/centers'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

@inject()
export class LucidCenterDirectory extends CenterDirectory {
  constructor(private views: CenterViews) {
    super()
  }

  async missingCenters(codes: string[], options: { trx?: TransactionClientContract } = {}) {
    const wanted = [...new Set(codes)]
    if (wanted.length === 0) return []
    const query = DistributionCenter.query({ client: options.trx })
      .whereIn('center_code', wanted)
      .select('center_code')
    if (options.trx) query.forShare()
    const centers = await query
    const found = new Set(centers.map((center) => center.centerCode))
    return wanted.filter((code) => !found.has(code))
  }

  async getCenters(codes: string[]): Promise<Map<string, CenterView>> {
    const wanted = [...new Set(codes)]
    if (wanted.length === 0) return new Map()
    // Every transport a list shows embeds its two centers: a prepared
    // statement, its rows read as they are (no model per center).
    const client = db.connection()
    const list = inListCondition(client, '"center_code"', wanted)
    const rows = await preparedRows<{
      id: number
      uuid: string
      center_code: string
      name: string
    }>(
      `select "id", "uuid", "center_code", "name" from "distribution_centers" where ${list.sql}`,
      [list.binding],
      client
    )
    const views = await this.views.of(
      rows.map((row) => ({
        id: row.id,
        uuid: row.uuid,
        centerCode: row.center_code,
        name: row.name,
      }))
    )
    return new Map(views.map((view) => [view.center_code, view]))
  }

  async centerNames(): Promise<CenterName[]> {
    const centers = await DistributionCenter.query()
      .select('center_code', 'name')
      .orderBy('name')
      .orderBy('center_code')
    return centers.map((center) => ({ center_code: center.centerCode, name: center.name }))
  }
}
