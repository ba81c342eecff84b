import type { ApplicationService } from '@adonisjs/core/types'
import { CenterReferences } from '#distribution/contracts/centers'
import { apiDocsRegistry } from '#core/openapi/api_docs_registry'
import { LiveChannels } from '#core/live/live_channels'

/**
 * Shipping stores center codes, so it tells distribution when a center is
 * still in use (a center cannot be deleted under an open transport).
 */
export default class ShippingProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    apiDocsRegistry.register(() => import('#shipping/api_docs'))
  }

  async boot() {
    const { shippingReferenceTo } = await import('#shipping/queries/center_references')
    const references = await this.app.container.make(CenterReferences)
    references.register(shippingReferenceTo)

    const { mayFollowTransport } = await import('#shipping/queries/live_channels')
    const channels = await this.app.container.make(LiveChannels)
    channels.allow('transports/:uuid', mayFollowTransport)
  }
}
