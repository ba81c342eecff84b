import { NotFoundError } from '#core/exceptions/domain_error'
import DistributionCenter from '#distribution/models/distribution_center'

/** Centers by their public key; 404 when unknown. */
export class CenterLookups {
  async center(uuid: string) {
    const center = await DistributionCenter.findBy('uuid', uuid)
    if (!center) throw NotFoundError.forResource('DistributionCenter')
    return center
  }
}
