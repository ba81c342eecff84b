import { inject } from '@adonisjs/core'
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
    const centers = await DistributionCenter.query().whereIn('center_code', wanted)
    const views = await this.views.of(centers)
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
