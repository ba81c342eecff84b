import app from '@adonisjs/core/services/app'
import { CreateCenter } from '#distribution/actions/create_center'
import { CreateItem } from '#shipping/actions/create_item'
import { CreateBatch } from '#shipping/actions/create_batch'
import { CreateTransport } from '#shipping/actions/create_transport'
import { AddItemsToBatch } from '#shipping/actions/add_items_to_batch'
import { AddBatchesToTransport } from '#shipping/actions/add_batches_to_transport'
import { AssignDriver } from '#shipping/actions/assign_driver'
import { StartTransport } from '#shipping/actions/start_transport'
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
  const create = await app.container.make(CreateCenter)
  return Promise.all(
    codes.map((code) => create.handle({ center_code: code, name: `Center ${code}` }))
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
  return new CreateBatch().handle({ alias })
}

export async function transport(source = 'ICN', destination = 'PUS') {
  const create = await app.container.make(CreateTransport)
  return create.handle({
    distribution_center_code_source: source,
    distribution_center_code_destination: destination,
  })
}

/** Runs a workflow action as the demo "system" actor would, without HTTP. */
export async function addItems(alias: string, trackingNumbers: string[]) {
  const action = await app.container.make(AddItemsToBatch)
  return action.handle(alias, trackingNumbers, null)
}

export async function loadBatches(transportUuid: string, aliases: string[]) {
  const action = await app.container.make(AddBatchesToTransport)
  return action.handle(transportUuid, aliases, null)
}

export async function assignDriver(transportUuid: string, driverUuid: string) {
  const action = await app.container.make(AssignDriver)
  return action.handle(transportUuid, driverUuid, null)
}

export async function startTransport(transportUuid: string) {
  const action = await app.container.make(StartTransport)
  return action.handle(transportUuid, undefined, { actor: null })
}

/** Awaits a request and asserts its status; returns the response. */
export async function expectStatus<R extends { assertStatus(status: number): void }>(
  request: PromiseLike<R>,
  status: number
): Promise<R> {
  const response = await request
  response.assertStatus(status)
  return response
}

/** The error entries of an error envelope as `"<field> <code>"`, in order. */
export function errorEntries(response: { body(): any }): string[] {
  return response.body().errors.map((entry: { field?: string; code: string }) => {
    return `${entry.field} ${entry.code}`
  })
}

/** A transport ICN → PUS carrying one batch of `count` items, with a driver; not started. */
export async function loadedTransport(count = 2) {
  const driver = await signedInDriver()
  const trip = await transport('ICN', 'PUS')
  const manifest = await batch()
  const cargo = await items(count)
  await addItems(
    manifest.alias,
    cargo.map((item) => item.trackingNumber)
  )
  await loadBatches(trip.uuid, [manifest.alias])
  await assignDriver(trip.uuid, driver.user.uuid)
  return { trip, manifest, cargo, driver }
}
