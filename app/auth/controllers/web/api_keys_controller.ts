import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { API_SCOPES } from '#core/auth/principal'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import { UserDirectory } from '#users/contracts/users'
import ApiKeyPolicy from '#auth/policies/api_key_policy'
import { ListApiKeys } from '#auth/queries/list_api_keys'
import { ApiKeyViews } from '#auth/presenters/api_key_views'
import { CreateApiKey } from '#auth/actions/create_api_key'
import { RevokeApiKey } from '#auth/actions/revoke_api_key'
import {
  API_KEY_STATUSES,
  listApiKeysValidator,
  newApiKeyValidator,
  ownerSearchValidator,
} from '#auth/validators/api_key_validators'

/** The flash key of a key just created: its secret is read once, on the next page. */
const CREATED = 'createdApiKey'

/** People the owner picker offers at most per type for one search. */
const OWNER_SEARCH_LIMIT = 10

/**
 * The console's API key screen (administrators): the same actions as
 * `apikeys:create` and `apikeys:revoke`.
 */
export default class ApiKeysController {
  @inject()
  async index(
    { bouncer, inertia, request, session }: HttpContext,
    list: ListApiKeys,
    views: ApiKeyViews
  ) {
    await bouncer.with(ApiKeyPolicy).authorize('manage')
    const filters = await request.validateUsing(listApiKeysValidator, { data: request.qs() })
    const keys = await presentInertiaPage(await list.handle(filters), filters, (rows) =>
      views.of(rows)
    )
    return inertia.render('auth/api_keys/index', {
      keys,
      scopes: [...API_SCOPES],
      statuses: [...API_KEY_STATUSES],
      // Only in the flash of the redirect after creating it: a reload no longer has it.
      created: (session.flashMessages.get(CREATED) ?? null) as {
        name: string
        prefix: string
        key: string
      } | null,
    })
  }

  @inject()
  async store({ bouncer, request, response, session }: HttpContext, create: CreateApiKey) {
    await bouncer.with(ApiKeyPolicy).authorize('manage')
    const fields = await request.validateUsing(newApiKeyValidator)
    const created = await create.handle({
      name: fields.name,
      ownerUuid: fields.owner_uuid ?? null,
      scopes: fields.scopes,
      expiresAt: fields.expires_in_days
        ? new Date(Date.now() + fields.expires_in_days * 86_400_000)
        : null,
    })
    session.flash(CREATED, { name: created.name, prefix: created.prefix, key: created.key })
    session.flash('success', `API key ${created.name} created.`)
    return response.redirect().toRoute('auth.api_keys.index')
  }

  @inject()
  async destroy({ bouncer, params, response, session }: HttpContext, revoke: RevokeApiKey) {
    await bouncer.with(ApiKeyPolicy).authorize('manage')
    const key = await revoke.handle(params.prefix)
    session.flash('success', `API key ${key.name} (${key.prefix}) revoked.`)
    return response.redirect().toRoute('auth.api_keys.index')
  }

  /** Active staff and drivers by name, username or phone: the owner picker's options (JSON). */
  @inject()
  async owners({ bouncer, request }: HttpContext, users: UserDirectory) {
    await bouncer.with(ApiKeyPolicy).authorize('manage')
    const { search } = await request.validateUsing(ownerSearchValidator, { data: request.qs() })
    const [staff, drivers] = await Promise.all([
      users.searchActive('STAFF', search ?? '', OWNER_SEARCH_LIMIT),
      users.searchActive('DRIVER', search ?? '', OWNER_SEARCH_LIMIT),
    ])
    return {
      data: [...staff, ...drivers].map((person) => ({
        uuid: person.uuid,
        name: person.fullname || person.username,
        type: person.type,
        phonenumber: person.phonenumber,
      })),
    }
  }
}
