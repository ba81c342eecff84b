import { Ignitor } from '@adonisjs/core'

/**
 * The one Ignitor set-up the three entry points (server, console, test)
 * share: app root, module importer, env validation on boot, graceful
 * termination on SIGTERM (and SIGINT under pm2).
 */
const APP_ROOT = new URL('../', import.meta.url)

function importer(filePath: string) {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

export function createIgnitor() {
  return new Ignitor(APP_ROOT, { importer }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
}
