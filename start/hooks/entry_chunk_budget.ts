import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { hooks } from '@adonisjs/core/app'

/** What every page loads before its own chunk; kB as Vite prints them. */
export const ENTRY_POINT = 'resources/js/app.ts'
export const ENTRY_BUDGET_GZIP_BYTES = 70_000
export const ENTRY_CSS_BUDGET_GZIP_BYTES = 25_000

type Chunk = { file: string; imports?: string[]; css?: string[] }

/**
 * The built entry's JavaScript (the entry chunk and every chunk it imports
 * statically, which the browser loads before any page) and its CSS, read
 * from the client manifest `node ace build` leaves in public/assets.
 */
export function entryChunk(appRoot: string) {
  const assets = join(appRoot, 'public', 'assets')
  const manifest: Record<string, Chunk> = JSON.parse(
    readFileSync(join(assets, '.vite', 'manifest.json'), 'utf8')
  )
  const files = new Set<string>()
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    chunk.css?.forEach((file) => css.add(file))
    chunk.imports?.forEach(visit)
  }
  visit(ENTRY_POINT)

  const measure = (names: Set<string>) =>
    [...names].reduce(
      (total, name) => {
        const source = readFileSync(join(assets, name))
        return { bytes: total.bytes + source.length, gzip: total.gzip + gzipSync(source).length }
      },
      { bytes: 0, gzip: 0 }
    )
  const js = measure(files)
  const styles = measure(css)
  return {
    files: [...files],
    bytes: js.bytes,
    gzipBytes: js.gzip,
    cssBytes: styles.bytes,
    cssGzipBytes: styles.gzip,
  }
}

/**
 * Build hook: prints the entry's size and fails the build past the budget,
 * so a heavy import into every page is caught where it is made.
 */
export default hooks.buildFinished((bundler) => {
  const entry = entryChunk(bundler.cwdPath)
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const figures =
    `JS ${kb(entry.bytes)}, ${kb(entry.gzipBytes)} gzipped (budget ${kb(ENTRY_BUDGET_GZIP_BYTES)}) ` +
    `in ${entry.files.length} file(s); CSS ${kb(entry.cssGzipBytes)} gzipped ` +
    `(budget ${kb(ENTRY_CSS_BUDGET_GZIP_BYTES)})`
  if (
    entry.gzipBytes > ENTRY_BUDGET_GZIP_BYTES ||
    entry.cssGzipBytes > ENTRY_CSS_BUDGET_GZIP_BYTES
  ) {
    throw new Error(`Entry over budget: ${figures}. Load heavy code in the pages that need it.`)
  }
  bundler.ui.logger.info(`entry ${figures}`)
})
