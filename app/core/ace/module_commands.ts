import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { FsLoader, type BaseCommand } from '@adonisjs/core/ace'
import type { CommandMetaData } from '@adonisjs/core/types/ace'

/**
 * Ace loader for the commands modules own: every `app/<module>/commands/`
 * folder, found by the anatomy (as the queue registry finds jobs and
 * listeners), so a new module's commands need no registration and the
 * kernel imports no module. Listed once in adonisrc.ts `commands`.
 * Files starting with `_` are skipped, as in ./commands.
 */
const APP_DIRECTORY = new URL('../../', import.meta.url)

const loaders = readdirSync(APP_DIRECTORY, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => new URL(`${entry.name}/commands/`, APP_DIRECTORY))
  .filter((folder) => existsSync(folder))
  .map((folder) => new FsLoader<typeof BaseCommand>(fileURLToPath(folder)))

export async function getMetaData(): Promise<CommandMetaData[]> {
  const perModule = await Promise.all(loaders.map((loader) => loader.getMetaData()))
  return perModule.flat()
}

export async function getCommand(metaData: CommandMetaData): Promise<typeof BaseCommand | null> {
  for (const loader of loaders) {
    const command = await loader.getCommand(metaData)
    if (command) return command
  }
  return null
}
