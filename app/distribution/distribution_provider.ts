import type { ApplicationService } from '@adonisjs/core/types'
import { CenterDirectory, CenterReferences } from '#distribution/contracts/centers'

/**
 * Binds the distribution module's contracts to their implementations.
 */
export default class DistributionProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(CenterDirectory, async (resolver) => {
      const { LucidCenterDirectory } = await import('#distribution/queries/lucid_center_directory')
      return resolver.make(LucidCenterDirectory)
    })
    this.app.container.singleton(CenterReferences, () => new CenterReferences())
  }
}
