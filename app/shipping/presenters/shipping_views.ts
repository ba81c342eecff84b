import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { countsPer, inListCondition, whereInList } from '#core/db/id_lists'
import { preparedRows } from '#core/db/prepared'
import ShippingItem from '#shipping/models/shipping_item'
import ShippingBatch from '#shipping/models/shipping_batch'
import type ItemEvent from '#shipping/models/item_event'
import { ItemEventTransformer } from '#shipping/transformers/item_event_transformer'
import { ItemTransformer, type BatchHistoryEntry } from '#shipping/transformers/item_transformer'
import { BatchTransformer } from '#shipping/transformers/batch_transformer'
import {
  TransportTransformer,
  type TransportJson,
} from '#shipping/transformers/transport_transformer'
import { DeliveryProofs } from '#shipping/queries/delivery_proofs'
import type { ItemView } from '#shipping/queries/list_items'
import { transportViewsByIds, type TransportView } from '#shipping/queries/list_transports'
import type { BatchView } from '#shipping/queries/list_batches'
import { CenterDirectory } from '#distribution/contracts/centers'
import { UserDirectory, type UserProfile } from '#users/contracts/users'

/**
 * Every item list and item answer reads its items' batch histories: the
 * statement is text, one per database whatever the number of items, not a
 * query builder compiled on every request (4% of the item list's time in
 * its profile; the bare baseline runs the same text, ADR 0016).
 */
const HISTORIES_SQL =
  'select "bi"."item_id", "b"."alias", "b"."completed", "t"."uuid" as "transport_uuid", ' +
  '"t"."distribution_center_code_source" as "source", ' +
  '"t"."distribution_center_code_destination" as "destination" ' +
  'from "shipping_batch_items" as "bi" ' +
  'inner join "shipping_batches" as "b" on "b"."id" = "bi"."batch_id" ' +
  'left join "shipping_transports" as "t" on "t"."id" = "b"."transport_id"'
const HISTORIES_ORDER = 'order by "b"."timestamp_created" desc, "b"."id" desc'

type HistoryRow = {
  item_id: number
  alias: string
  completed: boolean | number
  transport_uuid: string | null
  source: string | null
  destination: string | null
}

/**
 * Items, batches and transports in their API shapes, with everything they
 * embed loaded in batches: a page costs a fixed number of queries whatever
 * its size (batch histories, batch counts, centers and drivers in one go
 * each).
 */
@inject()
export class ShippingViews {
  constructor(
    private centers: CenterDirectory,
    private users: UserDirectory,
    private proofs: DeliveryProofs
  ) {}

  async items(items: ItemView[]) {
    const history = await this.#histories(items.map((item) => item.id))
    return items.map((item) => ItemTransformer.toJson(item, history.get(item.id) ?? []))
  }

  async itemsByIds(ids: number[]) {
    return this.items(await inIdOrder(ShippingItem, ids))
  }

  async item(item: ItemView) {
    const [json] = await this.items([item])
    return json
  }

  async batches(batches: BatchView[]) {
    const transports = await transportViewsByIds(
      batches.flatMap((batch) => batch.transportId ?? [])
    )
    const rendered = await this.transports(transports)
    const byId = new Map(transports.map((transport, index) => [transport.id, rendered[index]]))
    return batches.map((batch) =>
      BatchTransformer.toJson(
        batch,
        batch.transportId ? (byId.get(batch.transportId) ?? null) : null
      )
    )
  }

  async batchesByIds(ids: number[]) {
    return this.batches(await inIdOrder(ShippingBatch, ids))
  }

  async batch(batch: BatchView) {
    const [json] = await this.batches([batch])
    return json
  }

  async transports(transports: TransportView[]): Promise<TransportJson[]> {
    if (transports.length === 0) return []
    const [counts, centers, drivers] = await Promise.all([
      countsPer(
        'shipping_batches',
        'transport_id',
        transports.map((transport) => transport.id)
      ),
      this.centers.getCenters(
        transports.flatMap((transport) => [
          transport.distributionCenterCodeSource,
          transport.distributionCenterCodeDestination,
        ])
      ),
      this.users.profiles(transports.flatMap((transport) => transport.driverUuid ?? [])),
    ])
    return transports.map((transport) =>
      TransportTransformer.toJson(transport, {
        batchCount: counts.get(transport.id) ?? 0,
        source: centers.get(transport.distributionCenterCodeSource) ?? null,
        destination: centers.get(transport.distributionCenterCodeDestination) ?? null,
        driver: transport.driverUuid ? (drivers.get(transport.driverUuid) ?? null) : null,
      })
    )
  }

  async transport(transport: TransportView) {
    const [json] = await this.transports([transport])
    return json
  }

  /**
   * Timeline lines as the API answers them, plus who acted in words
   * (`actor_name`): people by name through the users contract, in one batch.
   */
  async timeline(entries: ItemEvent[]) {
    const uuids = entries.flatMap((entry) => userUuidOf(entry.actor) ?? [])
    const arrivals = entries.flatMap((entry) =>
      entry.kind === 'ARRIVED' && entry.transportUuid ? [entry.transportUuid] : []
    )
    const [people, proven] = await Promise.all([
      this.users.profiles(uuids),
      this.proofs.transportsWithProof(arrivals),
    ])
    return entries.map((entry) => ({
      ...ItemEventTransformer.toJson(entry),
      actor_name: actorName(entry.actor, people),
      // An arrival whose driver gave a proof of delivery (shown on the transport's page).
      has_proof:
        entry.kind === 'ARRIVED' && !!entry.transportUuid && proven.has(entry.transportUuid),
    }))
  }

  /** Every batch each item has been in, newest batch first. */
  async #histories(itemIds: number[]) {
    const history = new Map<number, BatchHistoryEntry[]>()
    if (itemIds.length === 0) return history
    const client = db.connection()
    const list = inListCondition(client, '"bi"."item_id"', itemIds)
    const rows = await preparedRows<HistoryRow>(
      `${HISTORIES_SQL} where ${list.sql} ${HISTORIES_ORDER}`,
      [list.binding],
      client
    )
    for (const row of rows) {
      const entries = history.get(row.item_id) ?? []
      entries.push({
        alias: row.alias,
        completed: Boolean(row.completed),
        shipping_transport__uuid: row.transport_uuid ?? null,
        shipping_transport__distribution_center_code_source: row.source ?? null,
        shipping_transport__distribution_center_code_destination: row.destination ?? null,
      })
      history.set(row.item_id, entries)
    }
    return history
  }
}

/**
 * Rows by id, in the order of `ids` (an action's answer order); a row
 * deleted since is left out.
 */
async function inIdOrder<Model extends typeof ShippingItem | typeof ShippingBatch>(
  model: Model,
  ids: number[]
): Promise<InstanceType<Model>[]> {
  if (ids.length === 0) return []
  const rows = (await whereInList(model.query(), 'id', ids)) as InstanceType<Model>[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

function userUuidOf(actor: string | null) {
  return actor?.startsWith('user:') ? actor.slice('user:'.length) : null
}

/** `user:<uuid>` → the person's name, `api_key:<prefix>` → the key, none → the workflow itself. */
function actorName(actor: string | null, people: Map<string, UserProfile>) {
  if (actor === null) return 'Waybill (automatic)'
  const uuid = userUuidOf(actor)
  if (uuid !== null) {
    const person = people.get(uuid)
    return person ? (person.fullname ?? person.username) : 'A former user'
  }
  if (actor.startsWith('api_key:')) return `API key ${actor.slice('api_key:'.length)}`
  return actor
}
