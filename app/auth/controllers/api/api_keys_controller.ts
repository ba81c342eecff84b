import type { HttpContext } from '@adonisjs/core/http'
import { PermissionDenied } from '#core/exceptions/domain_error'

export default class ApiKeysController {
  /** A partner system checks which key it holds and what it may do. */
  async self({ principal }: HttpContext) {
    if (principal.kind !== 'api_key') throw new PermissionDenied()
    const { prefix, name, scopes } = principal.apiKey
    return { prefix, name, scopes }
  }
}
