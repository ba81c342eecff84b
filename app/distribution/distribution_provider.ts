import type { ApplicationService } from '@adonisjs/core/types'
import { CenterDirectory, CenterReferences } from '#distribution/contracts/centers'
import { apiDocsRegistry } from '#core/openapi/api_docs_registry'

/**
 * Binds the distribution module's contracts to their implementations.
 */
export default class DistributionProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    apiDocsRegistry.register(() => import('#distribution/api_docs'))
    this.app.container.singleton(CenterDirectory, async (resolver) => {
      const { LucidCenterDirectory } = await import('#distribution/queries/lucid_center_directory')
      return resolver.make(LucidCenterDirectory)
    })
    this.app.container.singleton(CenterReferences, async () => {
      const { CenterReferenceRegistry } =
        await import('#distribution/services/center_reference_registry')
      return new CenterReferenceRegistry()
    })
  }
}
