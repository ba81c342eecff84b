import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { appUrl } from '#core/http/public_url'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Uploaded files (profile images). The local disk serves them under
 * /uploads; a cloud disk can be added here without touching the code that
 * stores them.
 */
const driveConfig = defineConfig({
  default: 'fs',
  services: {
    fs: services.fs({
      location: env.get('UPLOADS_PATH') ?? app.makePath('storage', app.inTest ? 'test' : 'uploads'),
      serveFiles: true,
      routeBasePath: '/uploads',
      visibility: 'public',
      appUrl,
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
