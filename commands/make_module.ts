import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { BaseCommand, args } from '@adonisjs/core/ace'
import string from '@adonisjs/core/helpers/string'

/** The anatomy of a module (docs/architecture.md): one folder per role. */
export const MODULE_FOLDERS = [
  'contracts',
  'events',
  'actions',
  'queries',
  'services',
  'presenters',
  'controllers/api',
  'controllers/web',
  'models',
  'validators',
  'policies',
  'transformers',
  'listeners',
  'jobs',
  'exceptions',
  'middleware',
]

const MANIFEST = 'app/modules.json'
const STUBS = fileURLToPath(new URL('../stubs/', import.meta.url))

/**
 * `node ace make:module billing`: app/billing with the anatomy, its provider
 * (registered in adonisrc.ts), routes.ts (loaded by start/routes.ts) and
 * api_docs.ts, the `#billing/*` import alias, its entry in app/modules.json
 * (no dependencies yet) and tests/functional/billing/.
 */
export default class MakeModule extends BaseCommand {
  static commandName = 'make:module'
  static description = 'Create a domain module with the standard anatomy (docs/architecture.md)'

  @args.string({
    description: 'One lowercase word: it names app/<name>, #<name>/* and its migrations',
  })
  declare name: string

  async run() {
    const name = this.name
    const problem = this.#refuse(name)
    if (problem) {
      this.logger.error(problem)
      this.exitCode = 1
      return
    }

    const codemods = await this.createCodemods()
    const state = { name, providerName: `${string.pascalCase(name)}Provider` }
    const written = ['adonisrc.ts', 'start/routes.ts', 'package.json', MANIFEST]
    for (const stub of ['provider', 'routes', 'api_docs']) {
      const output = await codemods.makeUsingStub(STUBS, `make/module/${stub}.stub`, state)
      written.push(output.destination)
    }
    const folders = [...MODULE_FOLDERS.map((f) => `app/${name}/${f}`), `tests/functional/${name}`]
    for (const folder of folders) {
      await mkdir(this.app.makePath(folder), { recursive: true })
      await writeFile(this.app.makePath(folder, '.gitkeep'), '')
    }

    await codemods.updateRcFile((rcFile) => rcFile.addProvider(`#${name}/${name}_provider`))
    await this.#loadRoutes(codemods, name)
    await this.#editJson('package.json', (pkg) => {
      pkg.imports = withEntry(pkg.imports ?? {}, `#${name}/*`, `./app/${name}/*.js`, /^#\w+\/\*$/)
    })
    await this.#editJson(MANIFEST, (manifest) => {
      manifest.modules = { ...manifest.modules, [name]: { dependsOn: [], entries: {} } }
    })
    await formatFiles(written.map((path) => this.app.makePath(path)))
    this.logger.success(`Module "${name}" created: see docs/architecture.md for what goes where`)
  }

  #refuse(name: string) {
    if (!/^[a-z][a-z0-9]*$/.test(name)) {
      return `"${name}" is not one lowercase word (letters and digits): it becomes #${name}/* and the <module> in migration file names`
    }
    if (name === 'core' || existsSync(this.app.makePath('app', name))) {
      return `app/${name} already exists`
    }
    if (!existsSync(this.app.makePath(MANIFEST))) return `${MANIFEST} is missing`
    return null
  }

  /** `import '#<name>/routes'` after the other modules' routes in start/routes.ts. */
  async #loadRoutes(codemods: Awaited<ReturnType<BaseCommand['createCodemods']>>, name: string) {
    const project = await codemods.getTsMorphProject()
    if (!project) throw new Error('@adonisjs/assembler is needed to edit start/routes.ts')
    const path = this.app.makePath('start/routes.ts')
    const routes = project.getSourceFile(path) ?? project.addSourceFileAtPath(path)
    routes.addImportDeclaration({ moduleSpecifier: `#${name}/routes` })
    await routes.save()
  }

  async #editJson(path: string, edit: (json: any) => void) {
    const absolute = this.app.makePath(path)
    const json = JSON.parse(await readFile(absolute, 'utf8'))
    edit(json)
    await writeFile(absolute, `${JSON.stringify(json, null, 2)}\n`)
  }
}

/** Inserts `key` after the last key matching `after` (keeps aliases grouped). */
function withEntry(object: Record<string, string>, key: string, value: string, after: RegExp) {
  const entries = Object.entries(object)
  const last = entries.findLastIndex(([existing]) => after.test(existing))
  entries.splice(last + 1, 0, [key, value])
  return Object.fromEntries(entries)
}

/**
 * In the house style (Prettier is a dev dependency, absent from production
 * installs, where the files are left as the codemods wrote them).
 */
async function formatFiles(paths: string[]) {
  let prettier: typeof import('prettier')
  try {
    prettier = await import('prettier')
  } catch {
    return
  }
  for (const path of paths) {
    const options = await prettier.resolveConfig(path)
    const text = await readFile(path, 'utf8')
    await writeFile(path, await prettier.format(text, { ...options, filepath: path }))
  }
}
