import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { hooks } from '@adonisjs/core/app'

/** The JavaScript every page loads before its own chunk; kB as Vite prints them. */
export const ENTRY_POINT = 'resources/js/app.ts'
export const ENTRY_BUDGET_GZIP_BYTES = 70_000

/**
 * Size of the built entry chunk, read from the client manifest that
 * `node ace build` leaves in public/assets (config/vite.ts).
 */
export function entryChunk(appRoot: string) {
  const assets = join(appRoot, 'public', 'assets')
  const manifest = JSON.parse(readFileSync(join(assets, '.vite', 'manifest.json'), 'utf8'))
  const file: string = manifest[ENTRY_POINT].file
  const source = readFileSync(join(assets, file))
  return { file, bytes: source.length, gzipBytes: gzipSync(source).length }
}

/**
 * Build hook: prints the entry chunk's size and fails the build past the
 * budget, so a heavy import into every page is caught where it is made.
 */
export default hooks.buildFinished((bundler) => {
  const chunk = entryChunk(bundler.cwdPath)
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const figures = `${chunk.file}: ${kb(chunk.bytes)}, ${kb(chunk.gzipBytes)} gzipped (budget ${kb(ENTRY_BUDGET_GZIP_BYTES)})`
  if (chunk.gzipBytes > ENTRY_BUDGET_GZIP_BYTES) {
    throw new Error(
      `Entry chunk over budget: ${figures}. Load heavy libraries in the pages that need them.`
    )
  }
  bundler.ui.logger.info(`entry chunk ${figures}`)
})
