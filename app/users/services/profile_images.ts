import drive from '@adonisjs/drive/services/main'

/**
 * Public URL of a stored profile thumbnail.
 */
export async function thumbnailUrl(key: string | null | undefined): Promise<string | null> {
  return key ? drive.use().getUrl(key) : null
}
