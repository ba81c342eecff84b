import app from '@adonisjs/core/services/app'
import { SaveCenter } from '#distribution/actions/save_center'
import { CreateItem } from '#shipping/actions/create_item'
import { SaveBatch } from '#shipping/actions/save_batch'
import { SaveTransport } from '#shipping/actions/save_transport'
import type { NewAccount } from '#users/contracts/users'
import type { ApiScope } from '#core/auth/principal'
import { ApiKeyStore } from '#auth/services/api_key_store'
import { bearer, createUser, tokensFor } from '#tests/support/identity'

/** A signed-in user of the given kind and the headers that authenticate as them. */
export async function signedIn(account: Partial<NewAccount> & { type: NewAccount['type'] }) {
  const user = await createUser(account)
  const { access } = await tokensFor(user.uuid)
  return { user, headers: bearer(access) }
}

export const signedInStaff = () => signedIn({ type: 'STAFF' })
export const signedInAdmin = () => signedIn({ type: 'STAFF', isAdmin: true })
export const signedInDriver = () => signedIn({ type: 'DRIVER' })

/** Headers of a partner system holding an API key with these scopes. */
export async function apiKeyHeaders(scopes: ApiScope[]) {
  const store = await app.container.make(ApiKeyStore)
  const { key } = await store.create({ name: 'partner', ownerUuid: null, scopes, expiresAt: null })
  return { authorization: `Api-Key ${key}` }
}

export async function centers(...codes: string[]) {
  const save = await app.container.make(SaveCenter)
  return Promise.all(
    codes.map((code) => save.create({ center_code: code, name: `Center ${code}` }))
  )
}

export async function items(count: number) {
  const create = await app.container.make(CreateItem)
  const created = []
  for (let index = 0; index < count; index++) {
    created.push(await create.handle({ sku: `SKU-${index}`, actor: null }))
  }
  return created
}

export async function batch(alias?: string) {
  return new SaveBatch().create({ alias })
}

export async function transport(source = 'ICN', destination = 'PUS') {
  const save = await app.container.make(SaveTransport)
  return save.create({
    distribution_center_code_source: source,
    distribution_center_code_destination: destination,
  })
}
