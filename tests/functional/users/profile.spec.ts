import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import sharp from 'sharp'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { NotFoundError } from '#core/exceptions/domain_error'
import { BanUser } from '#users/actions/ban_user'
import { UnregisterUser } from '#users/actions/unregister_user'
import { UpdateProfile } from '#users/actions/update_profile'
import { bearer, createUser, freshIdentityState, tokensFor } from '#tests/support/identity'
import { rollBackOpen, settled, waitersBehind } from '#tests/support/lock_waits'

const PROFILE = '/api/v1/user/users/self/profile/'
const postgres = process.env.DB_CONNECTION === 'pg'

async function fixtureFile(name: string, bytes: Buffer) {
  const path = join(tmpdir(), `waybill-${Date.now()}-${name}`)
  await writeFile(path, bytes)
  return path
}

function pngOf(size: number) {
  return sharp({
    create: { width: size, height: size, channels: 3, background: { r: 15, g: 118, b: 110 } },
  })
    .png()
    .toBuffer()
}

test.group('GET/PATCH /api/v1/user/users/self/profile/', (group) => {
  freshIdentityState(group)

  test('a staff profile has the reference shape', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF', fullname: 'Ada Admin', isAdmin: true })
    const { access } = await tokensFor(staff.uuid)
    const response = await client.get(PROFILE).headers(bearer(access))
    response.assertStatus(200)
    response.assertBody({
      fullname: 'Ada Admin',
      image: null,
      permission_group: ['admin'],
      uuid: staff.uuid,
      phonenumber: staff.phonenumber,
      username: staff.username,
      type: 'STAFF',
    })
  })

  test('a driver reads and patches their profile (fullname, dob)', async ({ client, assert }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: '' })
    const { access } = await tokensFor(driver.uuid)
    const read = await client.get(PROFILE).headers(bearer(access))
    read.assertStatus(200)
    read.assertBody({
      fullname: null,
      dob: null,
      image: null,
      uuid: driver.uuid,
      phonenumber: driver.phonenumber,
      username: driver.username,
      type: 'DRIVER',
    })
    // The reference clients read the keys in this order.
    assert.deepEqual(Object.keys(read.body()), [
      'fullname',
      'dob',
      'image',
      'uuid',
      'phonenumber',
      'username',
      'type',
    ])

    const patched = await client
      .patch(PROFILE)
      .headers(bearer(access))
      .json({ fullname: '  Lee Driver ', dob: '1988-02-29', username: 'hijack', type: 'STAFF' })
    patched.assertStatus(200)
    patched.assertBodyContains({
      fullname: 'Lee Driver',
      dob: '1988-02-29',
      username: driver.username,
      type: 'DRIVER',
    })
  })

  test('fullname must be 2 to 32 characters', async ({ client }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const short = await client.patch(PROFILE).headers(bearer(access)).json({ fullname: 'A' })
    short.assertStatus(400)
    short.assertBodyContains({ errors: [{ field: 'fullname', code: 'min_length' }] })
    const long = await client
      .patch(PROFILE)
      .headers(bearer(access))
      .json({ fullname: 'x'.repeat(33) })
    long.assertStatus(400)
    long.assertBodyContains({ errors: [{ field: 'fullname', code: 'max_length' }] })
  })

  test('an uploaded image is stored with a thumbnail URL that serves a 300px webp', async ({
    client,
    assert,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const path = await fixtureFile('me.png', await pngOf(800))

    const response = await client.patch(PROFILE).headers(bearer(access)).file('image', path)
    response.assertStatus(200)
    const image: string = response.body().image
    assert.match(image, /\/uploads\/images\/users\/.+_300\.webp$/)

    const served = await fetch(image)
    assert.equal(served.status, 200)
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    assert.equal(meta.format, 'webp')
    assert.equal(meta.width, 300)
  })

  test('images of the wrong type, too big, or not really images are refused', async ({
    client,
  }) => {
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)

    const gif = await fixtureFile('me.gif', Buffer.from('GIF89a'))
    const wrongType = await client.patch(PROFILE).headers(bearer(access)).file('image', gif)
    wrongType.assertStatus(400)
    wrongType.assertBodyContains({ errors: [{ field: 'image' }] })

    const big = await fixtureFile('big.png', Buffer.alloc(5 * 1024 * 1024 + 10, 1))
    const tooBig = await client.patch(PROFILE).headers(bearer(access)).file('image', big)
    tooBig.assertStatus(400)
    tooBig.assertBodyContains({ errors: [{ field: 'image' }] })

    const fake = await fixtureFile('fake.jpg', Buffer.from('not a jpeg at all'))
    const notImage = await client.patch(PROFILE).headers(bearer(access)).file('image', fake)
    notImage.assertStatus(400)
    notImage.assertBodyContains({ errors: [{ field: 'image' }] })

    const unchanged = await client.get(PROFILE).headers(bearer(access))
    unchanged.assertBodyContains({ image: null })
  })

  test('an update after an unregister or a ban is a 404 and brings no profile back', async ({
    assert,
  }) => {
    // As an update whose request passed authentication just before the account went.
    for (const Deactivate of [UnregisterUser, BanUser]) {
      const driver = await createUser({ type: 'DRIVER', fullname: 'Dee Driver' })
      const deactivate = await app.container.make(Deactivate)
      await deactivate.handle(driver.uuid)

      await assert.rejects(
        () => new UpdateProfile().handle(driver.uuid, { fullname: 'Back Again' }),
        NotFoundError
      )
      assert.deepEqual(await profilesOf(driver.uuid), [], Deactivate.name)
    }
  })

  test('an update racing a ban waits for it, then is a 404 and brings no profile back', async ({
    assert,
    cleanup,
  }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dee Driver' })
    const { id } = await db.from('users').where('uuid', driver.uuid).select('id').firstOrFail()
    // A ban in progress, as BanUser does it: the account locked and banned,
    // its profile deleted, not committed yet.
    const banning = await db.transaction()
    cleanup(rollBackOpen(banning))
    await banning.from('users').where('id', id).forUpdate()
    await banning.from('users').where('id', id).update({ banned: true })
    await banning.from('user_profiles').where('user_id', id).delete()

    const updating = settled(new UpdateProfile().handle(driver.uuid, { fullname: 'Back Again' }))
    await waitersBehind(banning, 1)
    await banning.commit()

    assert.instanceOf(await updating, NotFoundError)
    assert.deepEqual(await profilesOf(driver.uuid), [])
  }).skip(!postgres, 'PostgreSQL only: SQLite runs one transaction at a time')

  test('updates at once of a profile not yet written all succeed, one profile', async ({
    assert,
  }) => {
    const driver = await createUser({ type: 'DRIVER', fullname: 'Dee Driver' })
    const { id } = await db.from('users').where('uuid', driver.uuid).select('id').firstOrFail()
    await db.from('user_profiles').where('user_id', id).delete()

    const names = ['Ann', 'Bea', 'Cai', 'Dov', 'Eve', 'Fay'].map((name) => `${name} Driver`)
    await Promise.all(
      names.map((fullname) => new UpdateProfile().handle(driver.uuid, { fullname }))
    )

    const profiles = await profilesOf(driver.uuid)
    assert.lengthOf(profiles, 1)
    assert.include(names, profiles[0])
  })

  test('anonymous callers get 401; PUT is not a route', async ({ client }) => {
    const anonymous = await client.get(PROFILE)
    anonymous.assertStatus(401)
    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const put = await client.put(PROFILE).headers(bearer(access)).json({})
    put.assertStatus(404)
  })
})

/** The full names of the profiles the user has (none, or one). */
async function profilesOf(uuid: string): Promise<string[]> {
  const rows = await db
    .from('user_profiles as p')
    .join('users as u', 'u.id', 'p.user_id')
    .where('u.uuid', uuid)
    .select('p.fullname')
  return rows.map((row) => row.fullname)
}
