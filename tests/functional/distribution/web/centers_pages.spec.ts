import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import DistributionCenter from '#distribution/models/distribution_center'
import CenterStaffMember from '#distribution/models/center_staff_member'
import { AddCenterStaff } from '#distribution/actions/add_center_staff'
import { UnregisterUser } from '#users/actions/unregister_user'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { centers, transport } from '#tests/support/logistics'
import { fieldErrors } from '#tests/support/web_forms'

type Can = { manage: boolean; manageBlockedBecause: string | null }
type ListProps = {
  centers: {
    data: { center_code: string; name: string; staff_members: { fullname: string | null }[] }[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
    filters: Record<string, string>
  }
  can: Can
}
type ShowProps = {
  center: {
    uuid: string
    center_code: string
    name: string
    staff_members: { uuid: string; username: string; permission_group: string[] }[]
  }
  rules: { recodeBlockedBecause: string | null; deleteBlockedBecause: string | null }
  can: Can
  staffCandidates?: { uuid: string; fullname: string | null; is_member: boolean }[]
}

const ADMINS_ONLY = 'Only administrators can create or change centers and their staff.'
const centerUrl = (uuid: string) => `/distribution/centers/${uuid}`

async function addStaff(centerUuid: string, userUuid: string) {
  const add = await app.container.make(AddCenterStaff)
  await add.handle(centerUuid, userUuid)
}

/**
 * The console's center screens: the distribution API's query, validators and
 * actions; every staff member reads, administrators change.
 */
test.group('Console: /distribution/centers', (group) => {
  freshIdentityState(group)

  test('staff list centers with search, sort and page in the URL, read-only with the reason', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const [icn] = await centers('ICN', 'PUS', 'DJN')
    await addStaff(icn.uuid, staff.uuid)

    const all = await client.get('/distribution/centers').withInertia().loginAs(staff)
    all.assertStatus(200)
    all.assertInertiaComponent('distribution/centers/index')
    const props = all.inertiaProps as ListProps
    assert.deepEqual(
      props.centers.data.map((center) => center.center_code),
      ['DJN', 'ICN', 'PUS']
    )
    assert.deepEqual(props.centers.data[1].staff_members, [
      { ...props.centers.data[1].staff_members[0], fullname: 'Test Person' },
    ])
    assert.deepEqual(props.centers.meta, { total: 3, page: 1, pageSize: 10, lastPage: 1 })
    assert.deepEqual(props.centers.filters, {})
    assert.deepEqual(props.can, { manage: false, manageBlockedBecause: ADMINS_ONLY })

    const sorted = await client
      .get('/distribution/centers')
      .qs({ ordering: '-center_code', page_size: '2', page: '2' })
      .withInertia()
      .loginAs(staff)
    const page2 = sorted.inertiaProps as ListProps
    assert.deepEqual(
      page2.centers.data.map((center) => center.center_code),
      ['DJN']
    )
    assert.deepEqual(page2.centers.meta, { total: 3, page: 2, pageSize: 2, lastPage: 2 })
    assert.deepEqual(page2.centers.filters, { ordering: '-center_code' })

    const searched = await client
      .get('/distribution/centers')
      .qs({ search: 'center p' })
      .withInertia()
      .loginAs(staff)
    const found = searched.inertiaProps as ListProps
    assert.deepEqual(
      found.centers.data.map((center) => center.center_code),
      ['PUS']
    )
    assert.deepEqual(found.centers.filters, { search: 'center p' })

    const literal = await client
      .get('/distribution/centers')
      .qs({ search: '%' })
      .withInertia()
      .loginAs(staff)
    assert.equal((literal.inertiaProps as ListProps).centers.meta.total, 0, '% is not a wildcard')

    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const asAdmin = await client.get('/distribution/centers').withInertia().loginAs(admin)
    assert.deepEqual((asAdmin.inertiaProps as ListProps).can, {
      manage: true,
      manageBlockedBecause: null,
    })
  })

  test('a center page: staff read it, admins get the rules from the server', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const [icn, pus] = await centers('ICN', 'PUS')
    await addStaff(icn.uuid, admin.uuid)

    const asStaff = await client.get(centerUrl(icn.uuid)).withInertia().loginAs(staff)
    asStaff.assertStatus(200)
    asStaff.assertInertiaComponent('distribution/centers/show')
    const read = asStaff.inertiaProps as ShowProps
    assert.equal(read.center.center_code, 'ICN')
    assert.deepEqual(
      read.center.staff_members.map((member) => [member.username, member.permission_group]),
      [[admin.username, ['admin']]]
    )
    assert.deepEqual(read.can, { manage: false, manageBlockedBecause: ADMINS_ONLY })
    assert.notProperty(read, 'staffCandidates', 'loaded only when the picker asks')

    const free = await client.get(centerUrl(pus.uuid)).withInertia().loginAs(admin)
    assert.deepEqual((free.inertiaProps as ShowProps).rules, {
      recodeBlockedBecause: null,
      deleteBlockedBecause: null,
    })
    const trip = await transport('ICN', 'PUS')
    const used = await client.get(centerUrl(pus.uuid)).withInertia().loginAs(admin)
    const rules = (used.inertiaProps as ShowProps).rules
    assert.equal(
      rules.deleteBlockedBecause,
      `PUS is in use: open transport ${trip.uuid} runs from or to it.`
    )
    assert.match(rules.recodeBlockedBecause!, /^The code PUS is in use/)

    const unknown = await client
      .get(centerUrl('00000000-0000-4000-8000-000000000000'))
      .withInertia()
      .loginAs(staff)
    unknown.assertStatus(404)
    unknown.assertInertiaComponent('core/errors/not_found')
  })

  test('admins create and edit centers; bad input gives field errors, never a 500', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    await centers('ICN')

    const form = await client.get('/distribution/centers/create').withInertia().loginAs(admin)
    form.assertStatus(200)
    form.assertInertiaComponent('distribution/centers/create')

    const created = await client
      .post('/distribution/centers')
      .form({ center_code: 'GMP', name: 'Gimpo depot' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    created.assertStatus(302)
    const gmp = await DistributionCenter.findByOrFail('center_code', 'GMP')
    created.assertHeader('location', centerUrl(gmp.uuid))
    created.assertFlashMessage('success', 'Center GMP created.')

    const taken = await client
      .post('/distribution/centers')
      .form({ center_code: 'ICN', name: 'Again' })
      .header('referer', '/distribution/centers/create')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    taken.assertStatus(302)
    taken.assertHeader('location', '/distribution/centers/create')
    assert.deepEqual(fieldErrors(taken), {
      center_code: ['distribution center with this center code already exists.'],
    })

    const bad = await client
      .post('/distribution/centers')
      .form({ center_code: 'I C N', name: '' })
      .header('referer', '/distribution/centers/create')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    bad.assertStatus(302)
    assert.sameMembers(Object.keys(fieldErrors(bad)), ['center_code', 'name'])
    assert.lengthOf(await DistributionCenter.all(), 2)

    const saved = await client
      .put(centerUrl(gmp.uuid))
      .form({ center_code: 'GMP2', name: 'Gimpo airport depot' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    saved.assertStatus(302)
    saved.assertHeader('location', centerUrl(gmp.uuid))
    saved.assertFlashMessage('success', 'Center GMP2 saved.')
    await gmp.refresh()
    assert.deepEqual([gmp.centerCode, gmp.name], ['GMP2', 'Gimpo airport depot'])

    await transport('ICN', 'GMP2')
    const recode = await client
      .put(centerUrl(gmp.uuid))
      .form({ center_code: 'GMP3', name: 'Gimpo airport depot' })
      .header('referer', centerUrl(gmp.uuid))
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    recode.assertStatus(302)
    recode.assertHeader('location', centerUrl(gmp.uuid))
    recode.assertFlashMessage('error')
    assert.match(
      String(recode.flashMessage('error')),
      /^DistributionCenter GMP2 is still referenced/
    )

    const refusedDelete = await client
      .delete(centerUrl(gmp.uuid))
      .header('referer', centerUrl(gmp.uuid))
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    refusedDelete.assertStatus(302)
    assert.match(String(refusedDelete.flashMessage('error')), /still referenced/)
    assert.isNotNull(await DistributionCenter.find(gmp.id))

    const [spare] = await centers('SPARE')
    const deleted = await client
      .delete(centerUrl(spare.uuid))
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    deleted.assertHeader('location', '/distribution/centers')
    deleted.assertFlashMessage('success', 'Center SPARE deleted.')
    assert.isNull(await DistributionCenter.find(spare.id))
  })

  test('admins find active staff through the users contract, add and remove them', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const [icn] = await centers('ICN')
    const mina = await createUser({ type: 'STAFF', fullname: 'Mina Park' })
    const minho = await createUser({ type: 'STAFF', fullname: 'Minho Lee' })
    await createUser({ type: 'DRIVER', fullname: 'Minjun Driver' })
    const gone = await createUser({ type: 'STAFF', fullname: 'Min Gone' })
    const unregister = await app.container.make(UnregisterUser)
    await unregister.handle(gone.uuid)
    await addStaff(icn.uuid, minho.uuid)

    const picker = await client
      .get(centerUrl(icn.uuid))
      .qs({ staff_search: 'MIN' })
      .withInertiaPartialReload('distribution/centers/show', ['staffCandidates'])
      .loginAs(admin)
    picker.assertStatus(200)
    const props = picker.inertiaProps as ShowProps
    assert.deepEqual(Object.keys(props).sort(), ['errors', 'flash', 'me', 'staffCandidates'])
    assert.deepEqual(
      props.staffCandidates!.map((person) => [person.fullname, person.is_member]),
      [
        ['Mina Park', false],
        ['Minho Lee', true],
      ]
    )

    const byPhone = await client
      .get(centerUrl(icn.uuid))
      .qs({ staff_search: mina.phonenumber!.slice(-6) })
      .withInertiaPartialReload('distribution/centers/show', ['staffCandidates'])
      .loginAs(admin)
    assert.deepEqual(
      (byPhone.inertiaProps as ShowProps).staffCandidates!.map((person) => person.uuid),
      [mina.uuid]
    )

    const added = await client
      .post(`${centerUrl(icn.uuid)}/staff`)
      .form({ user_uuid: mina.uuid })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    added.assertStatus(302)
    added.assertHeader('location', centerUrl(icn.uuid))
    added.assertFlashMessage('success', 'Mina Park now works at ICN.')

    const driver = await createUser({ type: 'DRIVER' })
    const notStaff = await client
      .post(`${centerUrl(icn.uuid)}/staff`)
      .form({ user_uuid: driver.uuid })
      .header('referer', centerUrl(icn.uuid))
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    notStaff.assertStatus(302)
    assert.deepEqual(fieldErrors(notStaff), {
      user_uuid: ['Only active STAFF users can be members of a center.'],
    })
    const notUuid = await client
      .post(`${centerUrl(icn.uuid)}/staff`)
      .form({ user_uuid: 'nobody' })
      .header('referer', centerUrl(icn.uuid))
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    assert.property(fieldErrors(notUuid), 'user_uuid')

    const removed = await client
      .delete(`${centerUrl(icn.uuid)}/staff/${minho.uuid}`)
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    removed.assertStatus(302)
    removed.assertFlashMessage('success', 'Minho Lee no longer works at ICN.')

    const members = await CenterStaffMember.query().where('center_id', icn.id)
    assert.deepEqual(
      members.map((member) => member.userUuid),
      [mina.uuid]
    )
  })

  test('only admins change centers: staff get the 403 page for every change', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const other = await createUser({ type: 'STAFF' })
    const [icn] = await centers('ICN')
    await addStaff(icn.uuid, other.uuid)

    const attempts = [
      client.get('/distribution/centers/create'),
      client.post('/distribution/centers').form({ center_code: 'NEW', name: 'New' }),
      client.put(centerUrl(icn.uuid)).form({ center_code: 'ICN', name: 'Renamed' }),
      client.delete(centerUrl(icn.uuid)),
      client.post(`${centerUrl(icn.uuid)}/staff`).form({ user_uuid: staff.uuid }),
      client.delete(`${centerUrl(icn.uuid)}/staff/${other.uuid}`),
      client
        .get(centerUrl(icn.uuid))
        .qs({ staff_search: 'a' })
        .withInertiaPartialReload('distribution/centers/show', ['staffCandidates']),
    ]
    for (const attempt of attempts) {
      const response = await attempt.withInertia().withCsrfToken().loginAs(staff)
      response.assertStatus(403)
      response.assertInertiaComponent('core/errors/forbidden')
    }
    await icn.refresh()
    assert.equal(icn.name, 'Center ICN')
    assert.lengthOf(await DistributionCenter.all(), 1)
    assert.lengthOf(await CenterStaffMember.query().where('center_id', icn.id), 1)
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    const [icn] = await centers('ICN')
    for (const path of ['/distribution/centers', centerUrl(icn.uuid)]) {
      const asDriver = await client.get(path).withInertia().loginAs(driver)
      asDriver.assertStatus(403)
      asDriver.assertInertiaComponent('core/errors/forbidden')

      const anonymous = await client.get(path).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
  })
})
