import type { ApplicationService } from '@adonisjs/core/types'
import { CenterReferences } from '#distribution/contracts/centers'

/**
 * Shipping stores center codes, so it tells distribution when a center is
 * still in use (a center cannot be deleted under an open transport).
 */
export default class ShippingProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { shippingReferenceTo } = await import('#shipping/queries/center_references')
    const references = await this.app.container.make(CenterReferences)
    references.register(shippingReferenceTo)
  }
}
