import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import User from '#users/models/user'
import UserProfile from '#users/models/user_profile'
import { bearer, createUser, freshIdentityState, tokensFor } from '#tests/support/identity'

const PROFILE = '/api/v1/user/users/self/profile/'
const SECRET = 'secret-exif-owner-42'
const APPENDED = '<html><script>alert(document.cookie)</script></html>'

/** A PNG carrying EXIF metadata, with an HTML document appended after its end. */
async function pngWithExifAndHtml() {
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } },
  })
    .png()
    .withExif({ IFD0: { Copyright: SECRET, Artist: SECRET } })
    .toBuffer()
  return Buffer.concat([png, Buffer.from(APPENDED)])
}

/**
 * Finding 11: only the re-encoded image is kept. The stored files carry no
 * metadata and none of the bytes the client appended, whatever they were.
 */
test.group('Profile image uploads', (group) => {
  freshIdentityState(group)

  test('a PNG with EXIF and appended HTML is stored re-encoded: no EXIF, no HTML', async ({
    client,
    assert,
  }) => {
    const upload = await pngWithExifAndHtml()
    assert.include(upload.toString('latin1'), SECRET, 'the fixture carries EXIF')
    const uploaded = await sharp(upload).metadata()
    assert.isDefined(uploaded.exif)
    const path = join(tmpdir(), `waybill-${Date.now()}-exif.png`)
    await writeFile(path, upload)

    const staff = await createUser({ type: 'STAFF' })
    const { access } = await tokensFor(staff.uuid)
    const response = await client.patch(PROFILE).headers(bearer(access)).file('image', path)
    response.assertStatus(200)

    const user = await User.findByOrFail('uuid', staff.uuid)
    const profile = await UserProfile.findByOrFail('user_id', user.id)
    const keys = [profile.imageKey!, profile.thumbnailKey!]
    for (const key of keys) {
      const stored = Buffer.from(await drive.use().getBytes(key))
      const text = stored.toString('latin1')
      assert.notInclude(text, SECRET, `${key} keeps no EXIF`)
      assert.notInclude(text, '<html', `${key} keeps no appended bytes`)
      assert.notDeepEqual(stored, upload)
      const meta = await sharp(stored).metadata()
      assert.isUndefined(meta.exif, `${key} has no EXIF block`)
    }
    const original = await sharp(
      Buffer.from(await drive.use().getBytes(profile.imageKey!))
    ).metadata()
    assert.equal(original.format, 'png')
    assert.equal(original.width, 64)

    const served = await fetch(await drive.use().getUrl(profile.imageKey!))
    assert.equal(served.status, 200)
    assert.notInclude(await served.text(), '<html')
  })
})
