import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { UnregisterUser } from '#users/actions/unregister_user'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { NotAStaffUser } from '#distribution/exceptions/center_errors'
import CenterStaffMember from '#distribution/models/center_staff_member'
import { rollBackOpen, settled, waitersBehind } from '#tests/support/lock_waits'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import {
  centers,
  errorEntries,
  items,
  signedInAdmin,
  signedInDriver,
  signedInStaff,
  transport,
} from '#tests/support/logistics'
import ShippingItem from '#shipping/models/shipping_item'

const CENTERS = '/api/v1/distribution/centers/'
const postgres = process.env.DB_CONNECTION === 'pg'

test.group('/api/v1/distribution/centers/', (group) => {
  freshIdentityState(group)

  test('admins create, read, rename, re-code and delete centers', async ({ client, assert }) => {
    const admin = await signedInAdmin()
    const created = await client
      .post(CENTERS)
      .headers(admin.headers)
      .json({ center_code: 'ICN', name: 'Incheon' })
    created.assertStatus(201)
    assert.deepEqual(Object.keys(created.body()), ['uuid', 'center_code', 'name', 'staff_members'])
    assert.deepEqual(created.body().staff_members, [])
    const uuid = created.body().uuid

    const duplicate = await client
      .post(CENTERS)
      .headers(admin.headers)
      .json({ center_code: 'ICN', name: 'Again' })
    duplicate.assertStatus(400)
    duplicate.assertBody({
      errors: [
        {
          message: 'distribution center with this center code already exists.',
          code: 'unique',
          field: 'center_code',
        },
      ],
    })

    const renamed = await client
      .patch(`${CENTERS}${uuid}/`)
      .headers(admin.headers)
      .json({ name: 'Incheon Hub', center_code: 'ICN2' })
    renamed.assertStatus(200)
    assert.equal(renamed.body().name, 'Incheon Hub')
    assert.equal(renamed.body().center_code, 'ICN2', 'the code changes while nothing refers to it')

    const shown = await client.get(`${CENTERS}${uuid}/`).headers(admin.headers)
    shown.assertStatus(200)
    assert.equal(shown.body().name, 'Incheon Hub')

    const removed = await client.delete(`${CENTERS}${uuid}/`).headers(admin.headers)
    removed.assertStatus(204)
    const gone = await client.get(`${CENTERS}${uuid}/`).headers(admin.headers)
    gone.assertStatus(404)
    assert.equal(gone.body().errors[0].message, 'No DistributionCenter matches the given query.')
  })

  test('validation: required, max lengths, and no partial write', async ({ client, assert }) => {
    const admin = await signedInAdmin()
    const response = await client
      .post(CENTERS)
      .headers(admin.headers)
      .json({ center_code: 'X'.repeat(17) })
    response.assertStatus(400)
    assert.sameMembers(errorEntries(response), ['center_code max_length', 'name required'])
  })

  test('any signed-in user lists centers with filters; only admins write', async ({
    client,
    assert,
  }) => {
    await centers('ICN', 'PUS', 'DJN')
    const driver = await signedInDriver()
    const staff = await signedInStaff()

    const list = await client.get(CENTERS).headers(driver.headers)
    list.assertStatus(200)
    assert.equal(list.body().count, 3)
    assert.deepEqual(
      list.body().results.map((c: any) => c.center_code),
      ['DJN', 'ICN', 'PUS']
    )

    const filtered = await client.get(CENTERS).qs({ center_code: 'PUS' }).headers(driver.headers)
    assert.deepEqual(
      filtered.body().results.map((c: any) => c.center_code),
      ['PUS']
    )

    const byName = await client.get(CENTERS).qs({ name: 'Center ICN' }).headers(driver.headers)
    assert.deepEqual(
      byName.body().results.map((c: any) => c.center_code),
      ['ICN']
    )

    const denied = await client
      .post(CENTERS)
      .headers(staff.headers)
      .json({ center_code: 'NEW', name: 'New' })
    denied.assertStatus(403)
    assert.equal(denied.body().errors[0].code, 'permission_denied')

    const anonymous = await client.get(CENTERS)
    anonymous.assertStatus(401)
    assert.equal(anonymous.body().errors[0].code, 'not_authenticated')
  })

  test('a staff member added while being banned: the ban comes first, the addition is refused', async ({
    assert,
    cleanup,
  }) => {
    const [center] = await centers('ICN')
    const staff = await createUser({ type: 'STAFF' })
    // A ban in progress: the account locked and banned, not committed yet.
    const banning = await db.transaction()
    cleanup(rollBackOpen(banning))
    await banning.from('users').where('uuid', staff.uuid).forUpdate()
    await banning.from('users').where('uuid', staff.uuid).update({ banned: true })

    const add = await app.container.make(AddCenterStaff)
    const adding = settled(add.handle(center.uuid, staff.uuid))
    // The addition waits for the account instead of reading it as it was.
    await waitersBehind(banning, 1)
    await banning.commit()

    assert.instanceOf(await adding, NotAStaffUser)
    const memberships = await db.from(CenterStaffMember.table).where('user_uuid', staff.uuid)
    assert.deepEqual(memberships, [])
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('staff membership: add and remove STAFF users, resolved to profiles in one batch', async ({
    client,
    assert,
  }) => {
    const admin = await signedInAdmin()
    const [center] = await centers('ICN')
    const staffA = await createUser({ type: 'STAFF', fullname: 'Staff A' })
    const staffB = await createUser({ type: 'STAFF', fullname: 'Staff B' })
    const driver = await createUser({ type: 'DRIVER' })

    for (const member of [staffA, staffB, staffA]) {
      const added = await client
        .post(`${CENTERS}${center.uuid}/staff/`)
        .headers(admin.headers)
        .json({ user_uuid: member.uuid })
      added.assertStatus(200)
    }
    const notStaff = await client
      .post(`${CENTERS}${center.uuid}/staff/`)
      .headers(admin.headers)
      .json({ user_uuid: driver.uuid })
    notStaff.assertStatus(400)
    assert.equal(notStaff.body().errors[0].field, 'user_uuid')

    const list = await client.get(CENTERS).headers(admin.headers)
    const members = list.body().results[0].staff_members
    assert.sameMembers(
      members.map((m: any) => m.uuid),
      [staffA.uuid, staffB.uuid]
    )
    assert.sameMembers(
      members.map((m: any) => `${m.fullname}:${m.type}`),
      ['Staff A:STAFF', 'Staff B:STAFF']
    )

    const removed = await client
      .delete(`${CENTERS}${center.uuid}/staff/`)
      .headers(admin.headers)
      .json({ user_uuid: staffA.uuid })
    removed.assertStatus(200)
    assert.deepEqual(
      removed.body().staff_members.map((m: any) => m.uuid),
      [staffB.uuid]
    )
  })

  test('a deactivated user leaves every center (listener)', async ({ client, assert, cleanup }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const admin = await signedInAdmin()
    const [center] = await centers('ICN')
    const staff = await createUser({ type: 'STAFF' })
    await client
      .post(`${CENTERS}${center.uuid}/staff/`)
      .headers(admin.headers)
      .json({ user_uuid: staff.uuid })

    const unregister = await app.container.make(UnregisterUser)
    await unregister.handle(staff.uuid)
    await drainQueues()

    const shown = await client.get(`${CENTERS}${center.uuid}/`).headers(admin.headers)
    assert.deepEqual(shown.body().staff_members, [])
  })

  test('a center an open transport or an item refers to cannot be deleted or re-coded (409)', async ({
    client,
    assert,
  }) => {
    const admin = await signedInAdmin()
    const [icn, pus, djn] = await centers('ICN', 'PUS', 'DJN')
    await transport('ICN', 'PUS')
    const [item] = await items(1)
    await ShippingItem.query()
      .where('id', item.id)
      .update({ current_distribution_center_code: 'DJN' })

    for (const center of [icn, pus, djn]) {
      const refused = await client.delete(`${CENTERS}${center.uuid}/`).headers(admin.headers)
      refused.assertStatus(409)
      assert.equal(refused.body().errors[0].code, 'DistributionCenterInUse')
    }
    const recode = await client
      .patch(`${CENTERS}${icn.uuid}/`)
      .headers(admin.headers)
      .json({ center_code: 'ICX' })
    recode.assertStatus(409)
  })
})
