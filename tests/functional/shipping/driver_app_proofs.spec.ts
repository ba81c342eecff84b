import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import sharp from 'sharp'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import DeliveryProof from '#shipping/models/delivery_proof'
import ShippingTransport from '#shipping/models/shipping_transport'
import { ProofRequirements, type ProofPart } from '#shipping/services/delivery_proofs'
import { createUser, freshIdentityState } from '#tests/support/identity'
import { drainQueues, startWorker } from '#tests/support/queue'
import { fieldErrors } from '#tests/support/web_forms'
import {
  centers,
  errorEntries,
  loadedTransport,
  signedInDriver,
  signedInStaff,
  startTransport,
} from '#tests/support/logistics'

const API = '/api/v1/shipping'
const SECRET = 'gps-of-the-receiver-42'
const driverUrl = (uuid: string) => `/driver/transports/${uuid}`

/** A JPEG with EXIF metadata (as a phone camera writes it), saved to a temporary file. */
async function photoFile() {
  const bytes = await sharp({
    create: { width: 80, height: 60, channels: 3, background: { r: 30, g: 120, b: 200 } },
  })
    .jpeg()
    .withExif({ IFD0: { Copyright: SECRET, Artist: SECRET } })
    .toBuffer()
  const path = join(tmpdir(), `waybill-proof-${Date.now()}-${Math.random()}.jpg`)
  await writeFile(path, bytes)
  return path
}

/** A signature as the canvas sends it: a PNG. */
async function signatureFile() {
  const bytes = await sharp({
    create: { width: 300, height: 120, channels: 4, background: '#ffffff' },
  })
    .png()
    .toBuffer()
  const path = join(tmpdir(), `waybill-signature-${Date.now()}-${Math.random()}.png`)
  await writeFile(path, bytes)
  return path
}

async function notAnImage() {
  const path = join(tmpdir(), `waybill-fake-${Date.now()}.png`)
  await writeFile(path, '<html>not a picture</html>')
  return path
}

function requiring(parts: ProofPart[]) {
  app.container.swap(ProofRequirements, () => ({ required: () => parts }) as ProofRequirements)
  return () => app.container.restore(ProofRequirements)
}

test.group('Driver app: proof of delivery', (group) => {
  freshIdentityState(group)
  group.each.setup(async () => {
    await centers('ICN', 'PUS')
  })

  test('completing from the app stores the photo (re-encoded, no EXIF), the signature and the name', async ({
    client,
    assert,
    cleanup,
  }) => {
    const worker = await startWorker(['events'])
    cleanup(() => worker.close())
    const { trip, driver, cargo } = await loadedTransport(1)
    await startTransport(trip.uuid)

    const response = await client
      .post(`${driverUrl(trip.uuid)}/complete`)
      .withCsrfToken()
      .loginAs(driver.user)
      .file('photo', await photoFile())
      .file('signature', await signatureFile())
      .field('name', '  Rita Receiver ')
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', driverUrl(trip.uuid))

    const transport = await ShippingTransport.findByOrFail('uuid', trip.uuid)
    assert.isTrue(transport.completed)
    const proof = await DeliveryProof.findByOrFail('transport_id', transport.id)
    assert.equal(proof.receiverName, 'Rita Receiver')
    assert.equal(proof.driverUuid, driver.user.uuid)
    const photo = Buffer.from(await drive.use().getBytes(proof.photoKey!))
    assert.notInclude(photo.toString('latin1'), SECRET)
    const photoMeta = await sharp(photo).metadata()
    assert.isUndefined(photoMeta.exif)
    assert.equal(photoMeta.format, 'jpeg')
    const signature = Buffer.from(await drive.use().getBytes(proof.signatureKey!))
    const signatureMeta = await sharp(signature).metadata()
    assert.equal(signatureMeta.format, 'png')

    // Staff see it on the transport page; the item's arrival says a proof exists.
    const staff = await createUser({ type: 'STAFF' })
    const page = await client.get(`/shipping/transports/${trip.uuid}`).withInertia().loginAs(staff)
    const shown = (page.inertiaProps as any).proof
    assert.equal(shown.receiver_name, 'Rita Receiver')
    assert.match(shown.photo_url, /\/uploads\/proofs\/.+\/photo\.jpg$/)
    assert.match(shown.signature_url, /\/uploads\/proofs\/.+\/signature\.png$/)

    await drainQueues()
    const item = await client
      .get(`/shipping/items/${cargo[0].trackingNumber}`)
      .withInertia()
      .loginAs(staff)
    const arrival = (item.inertiaProps as any).timeline.data.find(
      (line: { kind: string }) => line.kind === 'ARRIVED'
    )
    assert.isTrue(arrival.has_proof)
  })

  test('the parts the configuration requires must be given; nothing is completed or stored otherwise', async ({
    client,
    assert,
    cleanup,
  }) => {
    cleanup(requiring(['signature', 'name']))
    const { trip, driver } = await loadedTransport(1)
    await startTransport(trip.uuid)

    const page = await client
      .get(`${driverUrl(trip.uuid)}/complete`)
      .withInertia()
      .loginAs(driver.user)
    page.assertInertiaComponent('shipping/driver/complete')
    assert.deepEqual((page.inertiaProps as any).required, ['signature', 'name'])
    assert.deepEqual((page.inertiaProps as any).rule, { allowed: true, reason: null })

    const refused = await client
      .post(`${driverUrl(trip.uuid)}/complete`)
      .withCsrfToken()
      .header('referer', `${driverUrl(trip.uuid)}/complete`)
      .loginAs(driver.user)
      .file('photo', await photoFile())
      .redirects(0)
    refused.assertStatus(302)
    assert.deepEqual(Object.keys(fieldErrors(refused)).sort(), ['name', 'signature'])
    const transport = await ShippingTransport.findByOrFail('uuid', trip.uuid)
    assert.isFalse(transport.completed)
    assert.isNull(await DeliveryProof.findBy('transport_id', transport.id))

    // The plain API complete is refused to the driver too: the same action.
    const api = await client
      .post(`${API}/transports/${trip.uuid}/complete/`)
      .headers(driver.headers)
    api.assertStatus(400)
    assert.deepEqual(errorEntries(api), ['signature required', 'name required'])

    // Staff complete from the console without a proof.
    const staff = await signedInStaff()
    await client
      .post(`${API}/transports/${trip.uuid}/complete/`)
      .headers(staff.headers)
      .then((response) => response.assertStatus(200))
  })

  test('not an image: a 400 on the field, not a 500', async ({ client, assert }) => {
    const { trip, driver } = await loadedTransport(1)
    await startTransport(trip.uuid)
    const response = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(driver.headers)
      .file('photo', await notAnImage())
    response.assertStatus(400)
    assert.deepEqual(errorEntries(response), ['photo invalid'])
  })

  test('POST proofs/: the driver completes with a proof; others and empty proofs are refused', async ({
    client,
    assert,
  }) => {
    const { trip, driver } = await loadedTransport(1)
    const stranger = await signedInDriver()

    // Not started: the complete rule refuses.
    const early = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(driver.headers)
      .field('name', 'Rita')
    early.assertStatus(400)
    assert.deepEqual(errorEntries(early), ['undefined ShippingTransportNotDeparted'])

    await startTransport(trip.uuid)
    const other = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(stranger.headers)
      .field('name', 'Rita')
    other.assertStatus(403)

    const empty = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(driver.headers)
    empty.assertStatus(400)

    const created = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(driver.headers)
      .file('signature', await signatureFile())
      .field('name', 'Rita Receiver')
    created.assertStatus(201)
    const body = created.body()
    assert.equal(body.proof.receiver_name, 'Rita Receiver')
    assert.isNull(body.proof.photo_url)
    assert.isString(body.proof.signature_url)
    assert.isTrue(body.transport.completed)

    const twice = await client
      .post(`${API}/transports/${trip.uuid}/proofs/`)
      .headers(driver.headers)
      .field('name', 'Rita')
    twice.assertStatus(400)
    assert.deepEqual(errorEntries(twice), ['undefined ShippingTransportAlreadyCompleted'])
  })
})
