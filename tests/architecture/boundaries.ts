import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'

/**
 * Module boundary checker (packwerk-style), run by the architecture suite.
 *
 * Backend (app/<module>/…):
 *  - another module is reached only through its `contracts/` or `events/`;
 *  - `app/core` (the shared kernel) imports no module;
 *  - `contracts/` and `events/` never import `models/`;
 *  - the module dependency graph has no cycles.
 * Frontend (resources/js/…):
 *  - pages and components import only `components/ui`, their own module's
 *    components, layouts and app-wide support files (never another page,
 *    another module's components, or server code);
 *  - `components/ui` stays module-agnostic.
 *
 * The known-violations list is empty and stays empty.
 */

export type Rule =
  | 'module-internals'
  | 'core-imports-module'
  | 'public-api-imports-models'
  | 'module-cycle'
  | 'frontend-boundary'

export type Violation = {
  rule: Rule
  file: string
  line: number
  specifier: string
  message: string
}

type ImportRef = { specifier: string; line: number }

/** Where an import lands, in the terms the rules speak. */
type Location =
  | { kind: 'module'; module: string; area: string; path: string }
  | { kind: 'frontend'; path: string }
  | { kind: 'other' }

const PUBLIC_AREAS = new Set(['contracts', 'events'])
const CORE = 'core'
const SOURCE_EXTENSIONS = new Set(['.ts', '.vue'])

export function checkBoundaries(root: string): Violation[] {
  const aliases = readImportAliases(root)
  const violations: Violation[] = []
  const edges = new Map<string, Map<string, { file: string; line: number; specifier: string }>>()

  for (const file of sourceFiles(join(root, 'app'))) {
    const from = locate(root, file)
    if (from.kind !== 'module') continue
    for (const ref of importsOf(file)) {
      const to = resolveImport(root, file, ref.specifier, aliases)
      if (to.kind === 'module') {
        checkBackendImport(root, file, ref, from, to, violations, edges)
      }
    }
  }

  violations.push(...findCycles(edges))

  for (const file of sourceFiles(join(root, 'resources', 'js'))) {
    for (const ref of importsOf(file)) {
      checkFrontendImport(
        root,
        file,
        ref,
        resolveImport(root, file, ref.specifier, aliases),
        violations
      )
    }
  }

  return violations
}

function checkBackendImport(
  root: string,
  file: string,
  ref: ImportRef,
  from: Extract<Location, { kind: 'module' }>,
  to: Extract<Location, { kind: 'module' }>,
  violations: Violation[],
  edges: Map<string, Map<string, { file: string; line: number; specifier: string }>>
) {
  const report = (rule: Rule, message: string) =>
    violations.push({
      rule,
      file: relative(root, file),
      line: ref.line,
      specifier: ref.specifier,
      message,
    })

  if (PUBLIC_AREAS.has(from.area) && to.area === 'models') {
    report(
      'public-api-imports-models',
      `${from.module}/${from.area} is public and must not depend on models (${to.module}/models)`
    )
  }

  if (from.module === to.module) return

  if (from.module === CORE) {
    report(
      'core-imports-module',
      `app/core is the shared kernel and must not import module "${to.module}"`
    )
    return
  }

  if (to.module === CORE) return

  if (!PUBLIC_AREAS.has(to.area)) {
    report(
      'module-internals',
      `module "${from.module}" may use "${to.module}" only through #${to.module}/contracts/* or #${to.module}/events/*, not ${to.module}/${to.area}`
    )
  }

  const targets = edges.get(from.module) ?? new Map()
  if (!targets.has(to.module)) {
    targets.set(to.module, { file: relative(root, file), line: ref.line, specifier: ref.specifier })
  }
  edges.set(from.module, targets)
}

/**
 * Every elementary cycle is reported once, at the import that closes it.
 */
function findCycles(
  edges: Map<string, Map<string, { file: string; line: number; specifier: string }>>
): Violation[] {
  const violations: Violation[] = []
  const seen = new Set<string>()
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []

  const visit = (module: string) => {
    state.set(module, 'visiting')
    stack.push(module)
    for (const [target, via] of edges.get(module) ?? []) {
      if (state.get(target) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(target)), target]
        const key = cycle.slice(0, -1).sort().join('>')
        if (!seen.has(key)) {
          seen.add(key)
          violations.push({
            rule: 'module-cycle',
            file: via.file,
            line: via.line,
            specifier: via.specifier,
            message: `module dependency cycle: ${cycle.join(' -> ')}`,
          })
        }
      } else if (!state.has(target)) {
        visit(target)
      }
    }
    stack.pop()
    state.set(module, 'done')
  }

  for (const module of [...edges.keys()].sort()) {
    if (!state.has(module)) visit(module)
  }
  return violations
}

function checkFrontendImport(
  root: string,
  file: string,
  ref: ImportRef,
  to: Location,
  violations: Violation[]
) {
  const report = (message: string) =>
    violations.push({
      rule: 'frontend-boundary',
      file: relative(root, file),
      line: ref.line,
      specifier: ref.specifier,
      message,
    })

  if (to.kind === 'module') {
    report('frontend code must not import server code; use props from transformers')
    return
  }
  if (to.kind !== 'frontend') return

  const fromParts = relative(join(root, 'resources', 'js'), file).split(sep)
  const toParts = relative(join(root, 'resources', 'js'), to.path).split(sep)
  const owner = frontendOwner(fromParts)

  if (toParts[0] === 'pages') {
    report('pages are entry points; share code through components instead of importing a page')
    return
  }

  if (toParts[0] === 'components' && toParts[1] !== 'ui') {
    if (owner === 'ui') {
      report('components/ui is module-agnostic and must not import module components')
    } else if (owner !== undefined && toParts[1] !== owner) {
      report(
        `"${owner}" may import only components/ui and components/${owner}, not components/${toParts[1]}`
      )
    }
  }
}

/**
 * The module a frontend file belongs to: pages/<m>/… and components/<m>/…
 * (components/ui answers "ui"); undefined for layouts and support files.
 */
function frontendOwner(parts: string[]): string | undefined {
  if ((parts[0] === 'pages' || parts[0] === 'components') && parts.length > 2) return parts[1]
  return undefined
}

function locate(root: string, absolutePath: string): Location {
  const rel = relative(root, absolutePath).split(sep)
  if (rel[0] === 'app' && rel.length >= 2) {
    return {
      kind: 'module',
      module: rel[1],
      area: rel.length > 3 ? rel[2] : '',
      path: absolutePath,
    }
  }
  if (rel[0] === 'resources' && rel[1] === 'js') return { kind: 'frontend', path: absolutePath }
  return { kind: 'other' }
}

function resolveImport(root: string, file: string, specifier: string, aliases: Alias[]): Location {
  let target: string | undefined
  if (specifier.startsWith('.')) {
    target = resolve(dirname(file), specifier)
  } else if (specifier.startsWith('~/')) {
    target = join(root, 'resources', 'js', specifier.slice(2))
  } else if (specifier.startsWith('#')) {
    target = expandAlias(root, specifier, aliases)
  }
  return target ? locate(root, target) : { kind: 'other' }
}

type Alias = { prefix: string; target: string }

/**
 * `package.json#imports` wildcard entries: "#core/*": "./app/core/*.js".
 */
function readImportAliases(root: string): Alias[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  return Object.entries<string>(manifest.imports ?? {})
    .filter(([key, value]) => key.endsWith('/*') && typeof value === 'string')
    .map(([key, value]) => ({ prefix: key.slice(0, -1), target: value.replace(/\*.*$/, '') }))
}

/**
 * Registered aliases first; an unregistered `#name/...` is read by the house
 * convention (`#<module>/*` → app/<module>/*) so that a violation is caught
 * even before its alias lands in package.json.
 */
function expandAlias(root: string, specifier: string, aliases: Alias[]): string | undefined {
  const alias = aliases.find((candidate) => specifier.startsWith(candidate.prefix))
  if (alias) return join(root, alias.target, specifier.slice(alias.prefix.length))
  const match = /^#([\w-]+)\/(.+)$/.exec(specifier)
  return match ? join(root, 'app', match[1], match[2]) : undefined
}

function importsOf(file: string): ImportRef[] {
  const text = readFileSync(file, 'utf8')
  const blocks = extname(file) === '.vue' ? vueScriptBlocks(text) : [{ code: text, offset: 0 }]
  return blocks.flatMap(({ code, offset }) =>
    ts.preProcessFile(code, true, true).importedFiles.map((ref) => ({
      specifier: ref.fileName,
      line: offset + lineOf(code, ref.pos),
    }))
  )
}

function vueScriptBlocks(text: string): { code: string; offset: number }[] {
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => ({
    code: match[1],
    offset: lineOf(text, match.index! + match[0].indexOf('>') + 1) - 1,
  }))
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length
}

function* sourceFiles(directory: string): Generator<string> {
  if (!existsSync(directory)) return
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry)
    if (statSync(path).isDirectory()) {
      yield* sourceFiles(path)
    } else if (SOURCE_EXTENSIONS.has(extname(entry)) && !entry.endsWith('.d.ts')) {
      yield path
    }
  }
}
