import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { DateTime } from 'luxon'
import { transaction } from '#core/db/transaction'
import { FieldError, NotFoundError } from '#core/exceptions/domain_error'
import User from '#users/models/user'
import UserProfile from '#users/models/user_profile'
import { deleteImages } from '#users/services/profile_images'

export type ProfileChanges = {
  fullname?: string
  dob?: string | null
  image?: MultipartFile
}

const THUMBNAIL_SIZE = 300
/** Accepted formats (what the bytes are, not what the file is called) → the stored file's extension. */
const EXTENSIONS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' }

/**
 * Changes the caller's own profile. Only profile fields are writable; `dob`
 * only for drivers. An image is checked to really be one (not just named
 * like one), stored re-encoded without metadata with a 300×300 thumbnail,
 * and replaces the previous one. A deactivated or banned account has no
 * profile to change (404).
 */
export class UpdateProfile {
  async handle(uuid: string, changes: ProfileChanges) {
    const image = changes.image ? await this.#prepareImage(uuid, changes.image) : undefined
    // Stored before the account is locked (a login or a ban waits for the
    // lock, not for storage), and removed again when the change fails.
    if (image) await this.#store(image)

    const replacedKeys = await transaction(async (trx) => {
      // Locked as a ban or an unregister locks it: a profile never comes
      // back after one, and two updates never both create it.
      const user = await User.query({ client: trx }).where('uuid', uuid).forUpdate().first()
      if (!user || !user.isActive || user.banned) throw NotFoundError.forResource('User')
      const profile =
        (await UserProfile.query({ client: trx }).where('user_id', user.id).forUpdate().first()) ??
        new UserProfile().merge({ userId: user.id, fullname: '' })
      profile.useTransaction(trx)

      if (changes.fullname !== undefined) profile.fullname = changes.fullname
      if (changes.dob !== undefined && user.type === 'DRIVER') {
        profile.dob = changes.dob ? DateTime.fromISO(changes.dob) : null
      }
      const previous = [profile.imageKey, profile.thumbnailKey]
      if (image) profile.merge({ imageKey: image.key, thumbnailKey: image.thumbnailKey })
      await profile.save()
      return image ? previous.filter((key): key is string => !!key) : []
    }).catch(async (error) => {
      if (image) await deleteImages([image.key, image.thumbnailKey])
      throw error
    })

    await deleteImages(replacedKeys)
  }

  /**
   * Only what sharp re-encodes is kept: the image (turned upright, in its own
   * format) and the thumbnail. Metadata (EXIF: GPS, device, names) and any
   * bytes around the image data (an HTML page appended to a PNG) are not.
   */
  async #prepareImage(uuid: string, file: MultipartFile) {
    // Loaded on the first upload (libvips: ~19 MiB resident), as for proofs.
    const { default: sharp } = await import('sharp')
    const bytes = await readFile(file.tmpPath!)
    try {
      const { format } = await sharp(bytes).metadata()
      const extension = format ? EXTENSIONS[format] : undefined
      if (!extension) throw new Error(`unsupported format ${format}`)
      const image = await sharp(bytes).rotate().toFormat(format!).toBuffer()
      const thumbnail = await sharp(bytes)
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'cover' })
        .webp({ quality: 80 })
        .toBuffer()
      const stem = `images/users/${uuid}/${randomBytes(8).toString('hex')}`
      return {
        key: `${stem}.${extension}`,
        thumbnailKey: `${stem}_${THUMBNAIL_SIZE}.webp`,
        bytes: image,
        thumbnail,
      }
    } catch {
      throw new FieldError(
        'image',
        'Upload a valid image. The file is not an image or is corrupted.',
        'invalid_image'
      )
    }
  }

  async #store(image: { key: string; thumbnailKey: string; bytes: Buffer; thumbnail: Buffer }) {
    await drive.use().put(image.key, image.bytes)
    await drive.use().put(image.thumbnailKey, image.thumbnail)
  }
}
