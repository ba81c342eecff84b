import { BaseSeeder } from '@adonisjs/lucid/seeders'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import { CreateCenter } from '#distribution/actions/create_center'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { CenterDirectory } from '#distribution/contracts/centers'
import { CreateItem } from '#shipping/actions/create_item'
import { CreateBatch } from '#shipping/actions/create_batch'
import { UpdateBatch } from '#shipping/actions/update_batch'
import { CreateTransport } from '#shipping/actions/create_transport'
import { AddItemsToBatch } from '#shipping/actions/add_items_to_batch'
import { AddBatchesToTransport } from '#shipping/actions/add_batches_to_transport'
import { AssignDriver } from '#shipping/actions/assign_driver'
import { StartTransport } from '#shipping/actions/start_transport'
import { CompleteTransport } from '#shipping/actions/complete_transport'
import { ChangeItem } from '#shipping/actions/change_item'
import { UserDirectory } from '#users/contracts/users'
import { DEMO_ACCOUNTS } from '#database/seeders/demo_identity_seeder'

const ACTOR = 'seed'
const CENTERS = [
  { center_code: 'ICN', name: 'Incheon Hub' },
  { center_code: 'PUS', name: 'Busan Port' },
  { center_code: 'DJN', name: 'Daejeon Cross-dock' },
  { center_code: 'GWJ', name: 'Gwangju Depot' },
]

/**
 * Demo logistics (development only; runs once): 4 centers with staff, 200
 * items, and batches and transports in every state, all made through the
 * real actions so the timeline and events are real too.
 */
export default class DemoLogisticsSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    const directory = await app.container.make(CenterDirectory)
    if (await directory.centersExist([CENTERS[0].center_code])) {
      logger.info('demo logistics: already seeded')
      return
    }
    const users = await app.container.make(UserDirectory)
    const [admin, staff, driver, secondDriver] = await Promise.all(
      DEMO_ACCOUNTS.map((account) => users.findByPhonenumber(account.phonenumber!))
    )

    const createCenter = await app.container.make(CreateCenter)
    const addStaff = await app.container.make(AddCenterStaff)
    const centers: Awaited<ReturnType<CreateCenter['handle']>>[] = []
    for (const center of CENTERS) centers.push(await createCenter.handle(center))
    await addStaff.handle(centers[0].uuid, staff!.uuid)
    await addStaff.handle(centers[1].uuid, admin!.uuid)

    const createItem = await app.container.make(CreateItem)
    const items: Awaited<ReturnType<CreateItem['handle']>>[] = []
    for (let index = 1; index <= 200; index++) {
      items.push(
        await createItem.handle({ sku: `SKU-${String(index).padStart(4, '0')}`, actor: ACTOR })
      )
    }
    let next = 0
    const take = (count: number) => items.slice(next, (next += count)).map((i) => i.trackingNumber)

    const createBatch = new CreateBatch()
    const addItems = await app.container.make(AddItemsToBatch)
    const loadBatches = await app.container.make(AddBatchesToTransport)
    const assign = await app.container.make(AssignDriver)
    const start = await app.container.make(StartTransport)
    const complete = await app.container.make(CompleteTransport)
    const createTransport = await app.container.make(CreateTransport)

    const trip = async (
      source: string,
      destination: string,
      itemCount: number,
      driverUuid: string | null
    ) => {
      const transport = await createTransport.handle({
        distribution_center_code_source: source,
        distribution_center_code_destination: destination,
      })
      if (itemCount > 0) {
        const batch = await createBatch.handle({})
        await addItems.handle(batch.alias, take(itemCount), ACTOR)
        await loadBatches.handle(transport.uuid, [batch.alias], ACTOR)
      }
      if (driverUuid) await assign.handle(transport.uuid, driverUuid, ACTOR)
      return transport
    }

    const arrived = await trip('ICN', 'PUS', 40, driver!.uuid)
    await start.handle(arrived.uuid, undefined, { actor: ACTOR })
    await complete.handle(arrived.uuid, { actor: ACTOR })
    const onTheRoad = await trip('PUS', 'DJN', 30, secondDriver!.uuid)
    await start.handle(onTheRoad.uuid, undefined, { actor: ACTOR })
    await trip('ICN', 'GWJ', 25, driver!.uuid)
    await trip('DJN', 'ICN', 20, null)
    await trip('GWJ', 'PUS', 0, null)

    const open = await createBatch.handle({})
    await addItems.handle(open.alias, take(25), ACTOR)
    const closed = await createBatch.handle({})
    await addItems.handle(closed.alias, take(10), ACTOR)
    await new UpdateBatch().handle(closed.alias, { completed: true })

    const change = await app.container.make(ChangeItem)
    const [damaged, lost] = [take(2), take(1)]
    for (const trackingNumber of damaged) {
      await change.handle(trackingNumber, { status: 'DAMAGED', note: 'box crushed' }, ACTOR)
    }
    await change.handle(lost[0], { status: 'LOST', note: 'not found at sorting' }, ACTOR)

    logger.info(
      'demo logistics: 4 centers, 200 items; transports arrived (ICN→PUS), on the road (PUS→DJN), ' +
        'assigned (ICN→GWJ), unassigned (DJN→ICN), empty (GWJ→PUS); one open and one closed batch'
    )
  }
}
