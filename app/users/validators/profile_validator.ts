import vine from '@vinejs/vine'

export const FULLNAME_MIN_LENGTH = 2
export const FULLNAME_MAX_LENGTH = 32
export const IMAGE_MAX_SIZE = '5mb'
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp']

/**
 * PATCH self profile: only profile fields are read (anything else the
 * client sends, `username` or `type` included, is ignored).
 */
export const updateProfileValidator = vine.create({
  fullname: vine
    .string()
    .trim()
    .minLength(FULLNAME_MIN_LENGTH)
    .maxLength(FULLNAME_MAX_LENGTH)
    .optional(),
  dob: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .beforeOrEqual('today')
    .nullable()
    .optional()
    .transform((date) => (date ? date.toISOString().slice(0, 10) : date)),
  image: vine.file({ size: IMAGE_MAX_SIZE, extnames: IMAGE_EXTENSIONS }).optional(),
})
