import vine from '@vinejs/vine'
import { dobField, fullnameField } from '#users/contracts/profile_fields'

export const IMAGE_MAX_SIZE = '5mb'
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp']

/**
 * PATCH self profile: only profile fields are read (anything else the
 * client sends, `username` or `type` included, is ignored).
 */
export const updateProfileValidator = vine.create({
  fullname: fullnameField().optional(),
  dob: dobField().optional(),
  image: vine.file({ size: IMAGE_MAX_SIZE, extnames: IMAGE_EXTENSIONS }).optional(),
})
