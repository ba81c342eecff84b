import { randomUUID } from 'node:crypto'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { FieldError, FieldErrors } from '#core/exceptions/domain_error'
import ShippingTransport from '#shipping/models/shipping_transport'
import { lockedTransport } from '#shipping/services/locks'
import {
  TransportAlreadyCompleted,
  TransportAlreadyDeparted,
} from '#shipping/exceptions/shipping_errors'
import { CenterDirectory } from '#distribution/contracts/centers'

export type TransportRoute = {
  distribution_center_code_source?: string
  distribution_center_code_destination?: string
}

const SOURCE = 'distribution_center_code_source'
const DESTINATION = 'distribution_center_code_destination'

/**
 * Creates a transport between two existing, different centers, or changes
 * its route before it departs. The centers are share-locked until commit,
 * so neither can be deleted under a transport being planned.
 */
@inject()
export class SaveTransport {
  constructor(private centers: CenterDirectory) {}

  async create(route: Required<TransportRoute>) {
    return db.transaction(async (trx) => {
      await this.#checkRoute(route[SOURCE], route[DESTINATION], trx)
      return ShippingTransport.create(
        {
          uuid: randomUUID(),
          completed: false,
          distributionCenterCodeSource: route[SOURCE],
          distributionCenterCodeDestination: route[DESTINATION],
          driverUuid: null,
          timestampCreated: DateTime.now(),
        },
        { client: trx }
      )
    })
  }

  async update(uuid: string, route: TransportRoute) {
    return db.transaction(async (trx) => {
      const transport = await lockedTransport(trx, uuid)
      const source = route[SOURCE] ?? transport.distributionCenterCodeSource
      const destination = route[DESTINATION] ?? transport.distributionCenterCodeDestination
      const changed =
        source !== transport.distributionCenterCodeSource ||
        destination !== transport.distributionCenterCodeDestination
      if (!changed) return transport
      if (transport.completed) throw new TransportAlreadyCompleted()
      if (transport.departed) throw new TransportAlreadyDeparted()
      await this.#checkRoute(source, destination, trx)
      transport.merge({
        distributionCenterCodeSource: source,
        distributionCenterCodeDestination: destination,
      })
      await transport.useTransaction(trx).save()
      return transport
    })
  }

  async #checkRoute(source: string, destination: string, trx: TransactionClientContract) {
    if (source === destination) {
      throw new FieldError(
        DESTINATION,
        'Source and destination centers must differ.',
        'same_as_source'
      )
    }
    const missing = new Set(await this.centers.missingCenters([source, destination], { trx }))
    const entries = [
      { field: SOURCE, code: source },
      { field: DESTINATION, code: destination },
    ]
      .filter(({ code }) => missing.has(code))
      .map(({ field, code }) => ({
        field,
        code: 'does_not_exist',
        message: `Distribution center "${code}" does not exist.`,
      }))
    if (entries.length > 0) throw new FieldErrors(entries)
  }
}
