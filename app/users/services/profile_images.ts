import drive from '@adonisjs/drive/services/main'

/**
 * Public URL of a stored profile thumbnail.
 */
export async function thumbnailUrl(key: string | null | undefined): Promise<string | null> {
  return key ? drive.use().getUrl(key) : null
}

/** Deletes stored profile images, whatever of them is still there; never throws. */
export async function deleteImages(keys: string[]) {
  await Promise.allSettled(keys.map((key) => drive.use().delete(key)))
}
