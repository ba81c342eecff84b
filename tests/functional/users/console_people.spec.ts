import { test } from '@japa/runner'
import User from '#users/models/user'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { fieldErrors } from '#tests/support/web_forms'

type Person = {
  uuid: string
  username: string
  fullname: string | null
  phonenumber: string | null
  is_admin: boolean
  status: string
  rules: { deactivateBlockedBecause: string | null; banBlockedBecause: string | null }
}
type ListProps = {
  people: {
    data: Person[]
    meta: { total: number; page: number; pageSize: number; lastPage: number }
    filters: Record<string, string>
  }
  statuses: string[]
}

const list = (response: { inertiaProps: unknown }) => (response.inertiaProps as ListProps).people

/**
 * The console's people screens: administrators list, add, deactivate and
 * ban drivers and staff with the users module's query and actions.
 */
test.group('Console: /users/drivers and /users/staff', (group) => {
  freshIdentityState(group)

  test('admins list drivers with search, status, sort and page in the URL', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const mina = await createUser({ type: 'DRIVER', fullname: 'Mina Park' })
    await createUser({ type: 'DRIVER', fullname: 'Junho Kim' })
    await createUser({ type: 'DRIVER', fullname: 'Anna Lee' })

    const all = await client.get('/users/drivers').withInertia().loginAs(admin)
    all.assertStatus(200)
    all.assertInertiaComponent('users/drivers/index')
    const people = list(all)
    assert.deepEqual(
      people.data.map((person) => person.fullname),
      ['Anna Lee', 'Junho Kim', 'Mina Park']
    )
    assert.deepEqual(people.meta, { total: 3, page: 1, pageSize: 10, lastPage: 1 })
    assert.deepEqual(people.filters, {})
    assert.deepEqual((all.inertiaProps as ListProps).statuses, ['active', 'deactivated', 'banned'])
    assert.deepEqual(people.data[2], {
      ...people.data[2],
      uuid: mina.uuid,
      phonenumber: mina.phonenumber,
      status: 'active',
      is_admin: false,
      rules: { deactivateBlockedBecause: null, banBlockedBecause: null },
    })

    const paged = await client
      .get('/users/drivers')
      .qs({ ordering: '-fullname', page_size: '2', page: '2' })
      .withInertia()
      .loginAs(admin)
    assert.deepEqual(
      list(paged).data.map((person) => person.fullname),
      ['Anna Lee']
    )
    assert.deepEqual(list(paged).meta, { total: 3, page: 2, pageSize: 2, lastPage: 2 })
    assert.deepEqual(list(paged).filters, { ordering: '-fullname' })

    const byName = await client
      .get('/users/drivers')
      .qs({ search: 'PARK', status: 'active' })
      .withInertia()
      .loginAs(admin)
    assert.deepEqual(
      list(byName).data.map((person) => person.uuid),
      [mina.uuid]
    )
    assert.deepEqual(list(byName).filters, { search: 'PARK', status: 'active' })

    const byPhone = await client
      .get('/users/drivers')
      .qs({ search: mina.phonenumber!.slice(-6) })
      .withInertia()
      .loginAs(admin)
    assert.deepEqual(
      list(byPhone).data.map((person) => person.uuid),
      [mina.uuid]
    )

    const none = await client
      .get('/users/drivers')
      .qs({ status: 'banned' })
      .withInertia()
      .loginAs(admin)
    assert.equal(list(none).meta.total, 0)

    const badStatus = await client
      .get('/users/drivers')
      .qs({ status: 'asleep' })
      .withInertia()
      .loginAs(admin)
      .redirects(0)
    // A filter the list does not know goes back with the validation errors, never a 500.
    badStatus.assertStatus(302)
  })

  test('the staff list shows administrators, and that nobody may deactivate or ban themselves', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true, fullname: 'Ada Admin' })
    const clerk = await createUser({ type: 'STAFF', fullname: 'Cleo Clerk' })
    await createUser({ type: 'DRIVER', fullname: 'Not Staff' })

    const response = await client.get('/users/staff').withInertia().loginAs(admin)
    response.assertInertiaComponent('users/staff/index')
    const rows = list(response).data
    assert.deepEqual(
      rows.map((person) => [person.fullname, person.is_admin]),
      [
        ['Ada Admin', true],
        ['Cleo Clerk', false],
      ]
    )
    assert.deepEqual(rows[0].rules, {
      deactivateBlockedBecause: 'You cannot deactivate your own account.',
      banBlockedBecause: 'You cannot ban your own account.',
    })
    assert.deepEqual(rows[1].rules, { deactivateBlockedBecause: null, banBlockedBecause: null })

    for (const action of ['deactivate', 'ban']) {
      const refused = await client
        .post(`/users/staff/${admin.uuid}/${action}`)
        .header('referer', '/users/staff')
        .withCsrfToken()
        .loginAs(admin)
        .redirects(0)
      refused.assertStatus(302)
      refused.assertHeader('location', '/users/staff')
      refused.assertFlashMessage('error', `You cannot ${action} your own account.`)
    }
    const self = await User.findByOrFail('uuid', admin.uuid)
    assert.deepEqual([self.isActive, self.banned], [true, false])
    assert.equal(clerk.type, 'STAFF')
  })

  test('admins add drivers and staff; bad input gives field errors, never a 500', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })

    const driver = await client
      .post('/users/drivers')
      .form({ fullname: 'Dana Driver', phonenumber: '+82 10 4444 5555' })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    driver.assertStatus(302)
    driver.assertHeader('location', '/users/drivers')
    driver.assertFlashMessage('success', 'Driver Dana Driver added.')
    const dana = await User.query()
      .where('phonenumber', '+821044445555')
      .preload('profile')
      .firstOrFail()
    assert.deepEqual(
      [dana.type, dana.username, dana.profile.fullname],
      ['DRIVER', '+821044445555', 'Dana Driver']
    )

    const again = await client
      .post('/users/drivers')
      .form({ fullname: 'Dana Again', phonenumber: '+821044445555' })
      .header('referer', '/users/drivers')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    again.assertStatus(302)
    assert.property(fieldErrors(again), 'phonenumber')

    const bad = await client
      .post('/users/drivers')
      .form({ fullname: '', phonenumber: '12' })
      .header('referer', '/users/drivers')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    assert.sameMembers(Object.keys(fieldErrors(bad)), ['fullname', 'phonenumber'])

    const staff = await client
      .post('/users/staff')
      .json({ username: 'sora', fullname: 'Sora Yoon', password: 'long-enough-1', is_admin: true })
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    staff.assertStatus(302)
    staff.assertHeader('location', '/users/staff')
    staff.assertFlashMessage('success', 'Administrator sora added.')
    const sora = await User.findByOrFail('username', 'sora')
    assert.deepEqual([sora.type, sora.isAdmin, sora.phonenumber], ['STAFF', true, null])

    const taken = await client
      .post('/users/staff')
      .form({ username: 'sora', fullname: 'Other', password: 'long-enough-1' })
      .header('referer', '/users/staff')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    assert.deepEqual(fieldErrors(taken), {
      username: ['A user with that username already exists.'],
    })

    const short = await client
      .post('/users/staff')
      .form({ username: 'x y', fullname: 'Other', password: 'short' })
      .header('referer', '/users/staff')
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    assert.sameMembers(Object.keys(fieldErrors(short)), ['username', 'password'])
  })

  test('admins deactivate and ban others, each ending in a redirect with a flash', async ({
    client,
    assert,
  }) => {
    const admin = await createUser({ type: 'STAFF', isAdmin: true })
    const leaving = await createUser({ type: 'DRIVER', fullname: 'Lee Leaving' })
    const banned = await createUser({ type: 'DRIVER', fullname: 'Bo Banned' })
    const clerk = await createUser({ type: 'STAFF', fullname: 'Cleo Clerk' })

    const deactivated = await client
      .post(`/users/drivers/${leaving.uuid}/deactivate`)
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    deactivated.assertStatus(302)
    deactivated.assertHeader('location', '/users/drivers')
    deactivated.assertFlashMessage('success', 'Lee Leaving was deactivated.')

    const ban = await client
      .post(`/users/drivers/${banned.uuid}/ban`)
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    ban.assertFlashMessage('success', 'Bo Banned was banned.')

    const rows = list(
      await client
        .get('/users/drivers')
        .qs({ ordering: 'date_joined' })
        .withInertia()
        .loginAs(admin)
    ).data
    assert.deepEqual(
      rows.map((person) => [person.uuid, person.status]),
      [
        [leaving.uuid, 'deactivated'],
        [banned.uuid, 'banned'],
      ]
    )
    assert.deepEqual(rows[0].rules, {
      deactivateBlockedBecause: 'This account is already deactivated.',
      banBlockedBecause: null,
    })
    assert.deepEqual(rows[1].rules, {
      deactivateBlockedBecause: 'This account is banned.',
      banBlockedBecause: 'This account is already banned.',
    })
    const deactivatedFilter = await client
      .get('/users/drivers')
      .qs({ status: 'deactivated' })
      .withInertia()
      .loginAs(admin)
    assert.deepEqual(
      list(deactivatedFilter).data.map((person) => person.uuid),
      [leaving.uuid]
    )

    // A staff member is not under /users/drivers.
    const wrongList = await client
      .post(`/users/drivers/${clerk.uuid}/ban`)
      .withInertia()
      .withCsrfToken()
      .loginAs(admin)
      .redirects(0)
    wrongList.assertStatus(302)
    wrongList.assertFlashMessage('error', 'No User matches the given query.')
    const stillClerk = await User.findByOrFail('uuid', clerk.uuid)
    assert.isFalse(stillClerk.banned)
  })

  test('staff who are not administrators get the 403 page for every people route', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const driver = await createUser({ type: 'DRIVER' })
    const attempts = [
      client.get('/users/drivers'),
      client.get('/users/staff'),
      client.post('/users/drivers').form({ fullname: 'New One', phonenumber: '+821099998888' }),
      client.post('/users/staff').form({ username: 'n', fullname: 'New', password: 'long-enough' }),
      client.post(`/users/drivers/${driver.uuid}/deactivate`),
      client.post(`/users/drivers/${driver.uuid}/ban`),
    ]
    for (const attempt of attempts) {
      const response = await attempt.withInertia().withCsrfToken().loginAs(staff)
      response.assertStatus(403)
      response.assertInertiaComponent('core/errors/forbidden')
    }
    const untouched = await User.findByOrFail('uuid', driver.uuid)
    assert.deepEqual([untouched.isActive, untouched.banned], [true, false])
    assert.lengthOf(await User.all(), 2)
  })

  test('drivers get the 403 page and anonymous visitors the sign-in page', async ({ client }) => {
    const driver = await createUser({ type: 'DRIVER' })
    for (const path of ['/users/drivers', '/users/staff']) {
      const asDriver = await client.get(path).withInertia().loginAs(driver)
      asDriver.assertStatus(403)
      asDriver.assertInertiaComponent('core/errors/forbidden')

      const anonymous = await client.get(path).redirects(0)
      anonymous.assertStatus(302)
      anonymous.assertHeader('location', '/login')
    }
  })
})
