import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import string from '@adonisjs/core/helpers/string'
import ts from 'typescript'

/**
 * Module boundary checker (packwerk-style), run by the architecture suite.
 * docs/architecture.md lists every rule with what it catches; in short:
 *
 * Backend (app/<module>/…):
 *  - another module is reached only through its `contracts/` or `events/`;
 *  - `app/core` (the shared kernel) imports no module;
 *  - `contracts/` and `events/` import (or re-export) nothing internal to
 *    their module, and name no table;
 *  - every module-to-module dependency is declared in app/modules.json, and
 *    the module graph has no cycles;
 *  - a module touches only its own tables: its own `#database/schema`
 *    classes, its own table names in SQL (ownership comes from the migration
 *    file names: `<timestamp>_<module>_…`);
 *  - every import can be resolved (no computed `import()` specifier).
 * App shell (start/, config/, commands/, database/, bench/, bin/, adonisrc.ts):
 *  - reaches a module only through its contracts, events, the anatomy's
 *    wiring files (`<module>_provider`, `routes`, `api_docs`) or the entries
 *    the module declares in app/modules.json.
 * Frontend (resources/js/…):
 *  - pages and components import only `components/ui`, their own module's
 *    components, layouts and app-wide support files (never another page,
 *    another module's components, or server code);
 *  - `components/ui` stays module-agnostic.
 *
 * Exceptions live in app/modules.json, each with its reason; one that no
 * longer matches a violation is itself reported, so the list only shrinks.
 */

export type Rule =
  | 'module-internals'
  | 'core-imports-module'
  | 'public-api-imports-internals'
  | 'public-api-names-table'
  | 'module-cycle'
  | 'undeclared-dependency'
  | 'unused-dependency'
  | 'foreign-schema'
  | 'foreign-table'
  | 'table-ownership'
  | 'unresolvable-import'
  | 'shell-internals'
  | 'manifest'
  | 'stale-exception'
  | 'unused-entry'
  | 'frontend-boundary'

export type Violation = {
  rule: Rule
  file: string
  line: number
  specifier: string
  message: string
}

/** app/modules.json */
export type ModulesManifest = {
  modules: Record<
    string,
    {
      /** Modules this one may import (contracts and events only). */
      dependsOn: string[]
      /** Extra files (module-relative, `*` = one path segment) the app shell may import, with why. */
      entries?: Record<string, string>
    }
  >
  /** Known violations, each with its reason. Starts empty, stays empty or shrinks. */
  exceptions: { rule: Rule; file: string; specifier?: string; reason: string }[]
}

export const MANIFEST_PATH = 'app/modules.json'

/** Folders and files outside app/ that wire or drive the application. */
export const SHELL_PATHS = [
  'start',
  'config',
  'commands',
  'database',
  'bench',
  'bin',
  'adonisrc.ts',
]

const PUBLIC_AREAS = new Set(['contracts', 'events'])
const CORE = 'core'
const SOURCE_EXTENSIONS = new Set(['.ts', '.vue'])
const SCHEMA_FILE = join('database', 'schema.ts')
const MIGRATIONS = join('database', 'migrations')

type ImportRef = {
  specifier: string
  line: number
  kind: 'import' | 're-export' | 'dynamic'
  /** Names taken from the target (named imports / re-exports / `ns.X`). */
  names: string[]
}

type Unresolvable = { text: string; line: number }

type Scan = {
  imports: ImportRef[]
  unresolvable: Unresolvable[]
  /** Table-like string literals: exact names (`'users'`, `'users as u'`) and raw SQL text. */
  strings: { text: string; line: number; sql: boolean }[]
}

type Location =
  | { kind: 'module'; module: string; area: string; path: string }
  | { kind: 'schema' }
  | { kind: 'frontend'; path: string }
  | { kind: 'other' }

type Edge = { file: string; line: number; specifier: string }

export function checkBoundaries(root: string): Violation[] {
  const aliases = readImportAliases(root)
  const violations: Violation[] = []
  const manifest = readManifest(root, violations)
  const modules = moduleDirectories(root)
  checkManifest(manifest, modules, violations)
  const tables = tableOwners(root, modules, violations)
  const edges = new Map<string, Map<string, Edge>>()

  for (const file of sourceFiles(join(root, 'app'))) {
    const from = locate(root, file)
    if (from.kind !== 'module') continue
    const scan = scanFile(file)
    reportUnresolvable(root, file, scan, violations)
    for (const ref of scan.imports) {
      const to = resolveImport(root, file, ref.specifier, aliases)
      if (to.kind === 'module') {
        checkBackendImport(root, file, ref, from, to, violations, edges)
      } else if (to.kind === 'schema') {
        checkSchemaImport(root, file, ref, from, tables, violations)
      }
    }
    checkTableNames(root, file, scan, from, tables, violations)
  }

  checkDeclaredDependencies(manifest, edges, violations)
  violations.push(...findCycles(edges))

  const usedEntries = new Set<string>()
  for (const file of shellFiles(root)) {
    const scan = scanFile(file)
    reportUnresolvable(root, file, scan, violations)
    for (const ref of scan.imports) {
      const to = resolveImport(root, file, ref.specifier, aliases)
      if (to.kind === 'module') {
        checkShellImport(root, file, ref, to, manifest, violations, usedEntries)
      }
    }
  }
  reportUnusedEntries(manifest, usedEntries, violations)

  for (const file of sourceFiles(join(root, 'resources', 'js'))) {
    const scan = scanFile(file)
    reportUnresolvable(root, file, scan, violations)
    for (const ref of scan.imports) {
      checkFrontendImport(
        root,
        file,
        ref,
        resolveImport(root, file, ref.specifier, aliases),
        violations
      )
    }
  }

  return applyExceptions(manifest, violations)
}

function violation(root: string, file: string, ref: { line: number; specifier: string }) {
  return (rule: Rule, message: string): Violation => ({
    rule,
    file: relative(root, file),
    line: ref.line,
    specifier: ref.specifier,
    message,
  })
}

/* -------------------------------------------------------------------------- */
/* The manifest                                                               */
/* -------------------------------------------------------------------------- */

function readManifest(root: string, violations: Violation[]): ModulesManifest {
  const path = join(root, MANIFEST_PATH)
  const empty: ModulesManifest = { modules: {}, exceptions: [] }
  const report = (message: string) =>
    violations.push({ rule: 'manifest', file: MANIFEST_PATH, line: 1, specifier: '', message })
  if (!existsSync(path)) {
    report(`${MANIFEST_PATH} is missing: it declares the modules and their allowed dependencies`)
    return empty
  }
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8'))
    return { modules: parsed.modules ?? {}, exceptions: parsed.exceptions ?? [] }
  } catch (error) {
    report(`${MANIFEST_PATH} is not valid JSON: ${(error as Error).message}`)
    return empty
  }
}

function checkManifest(manifest: ModulesManifest, modules: string[], violations: Violation[]) {
  const report = (message: string, specifier = '') =>
    violations.push({ rule: 'manifest', file: MANIFEST_PATH, line: 1, specifier, message })
  const declared = Object.keys(manifest.modules)

  for (const module of modules) {
    if (!declared.includes(module)) report(`module "${module}" (app/${module}) is not declared`)
  }
  for (const module of declared) {
    if (!modules.includes(module))
      report(`module "${module}" is declared but app/${module} does not exist`)
    for (const target of manifest.modules[module].dependsOn ?? []) {
      if (target === module || target === CORE || !declared.includes(target)) {
        report(`module "${module}" depends on "${target}", which is not another declared module`)
      }
    }
    for (const [entry, reason] of Object.entries(manifest.modules[module].entries ?? {})) {
      if (typeof reason !== 'string' || reason.trim() === '') {
        report(`entry "${module}/${entry}" needs a reason`, entry)
      }
    }
  }
  for (const exception of manifest.exceptions) {
    if (typeof exception.reason !== 'string' || exception.reason.trim() === '') {
      report(
        `the exception for ${exception.file} (${exception.rule}) needs a reason`,
        exception.file
      )
    }
  }

  const declaredEdges = new Map<string, Map<string, Edge>>()
  for (const module of declared) {
    declaredEdges.set(
      module,
      new Map(
        (manifest.modules[module].dependsOn ?? []).map((target) => [
          target,
          { file: MANIFEST_PATH, line: 1, specifier: `${module} -> ${target}` },
        ])
      )
    )
  }
  for (const cycle of findCycles(declaredEdges)) {
    violations.push({ ...cycle, rule: 'manifest', message: `declared ${cycle.message}` })
  }
}

function checkDeclaredDependencies(
  manifest: ModulesManifest,
  edges: Map<string, Map<string, Edge>>,
  violations: Violation[]
) {
  for (const [module, targets] of edges) {
    const allowed = manifest.modules[module]?.dependsOn ?? []
    for (const [target, via] of targets) {
      if (!allowed.includes(target)) {
        violations.push({
          rule: 'undeclared-dependency',
          ...via,
          message: `module "${module}" depends on "${target}", which ${MANIFEST_PATH} does not allow (add it to ${module}.dependsOn if it is meant)`,
        })
      }
    }
  }
  for (const [module, { dependsOn }] of Object.entries(manifest.modules)) {
    for (const target of dependsOn ?? []) {
      if (!edges.get(module)?.has(target)) {
        violations.push({
          rule: 'unused-dependency',
          file: MANIFEST_PATH,
          line: 1,
          specifier: `${module} -> ${target}`,
          message: `module "${module}" is declared to depend on "${target}" but never imports it: drop it from ${MANIFEST_PATH}`,
        })
      }
    }
  }
}

function applyExceptions(manifest: ModulesManifest, violations: Violation[]): Violation[] {
  const used = new Set<number>()
  const kept = violations.filter((v) => {
    const index = manifest.exceptions.findIndex(
      (exception) =>
        exception.rule === v.rule &&
        exception.file === v.file &&
        (exception.specifier === undefined || exception.specifier === v.specifier)
    )
    if (index === -1 || v.rule === 'manifest') return true
    used.add(index)
    return false
  })
  manifest.exceptions.forEach((exception, index) => {
    if (used.has(index)) return
    kept.push({
      rule: 'stale-exception',
      file: MANIFEST_PATH,
      line: 1,
      specifier: exception.file,
      message: `the exception for ${exception.file} (${exception.rule}) matches no violation any more: remove it`,
    })
  })
  return kept
}

/* -------------------------------------------------------------------------- */
/* Module imports                                                             */
/* -------------------------------------------------------------------------- */

function checkBackendImport(
  root: string,
  file: string,
  ref: ImportRef,
  from: Extract<Location, { kind: 'module' }>,
  to: Extract<Location, { kind: 'module' }>,
  violations: Violation[],
  edges: Map<string, Map<string, Edge>>
) {
  const report = (rule: Rule, message: string) =>
    violations.push(violation(root, file, ref)(rule, message))

  if (from.module === to.module) {
    if (from.module !== CORE && PUBLIC_AREAS.has(from.area) && !PUBLIC_AREAS.has(to.area)) {
      const how = ref.kind === 're-export' ? 're-exports' : 'imports'
      report(
        'public-api-imports-internals',
        `${from.module}/${from.area} is public and ${how} ${to.module}/${to.area || basename(to.path)}, which is internal: define the type in contracts/ (or events/) instead`
      )
    }
    return
  }

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
      `module "${from.module}" may use "${to.module}" only through #${to.module}/contracts/* or #${to.module}/events/*, not ${to.module}/${to.area || basename(to.path)}`
    )
  }

  const targets = edges.get(from.module) ?? new Map()
  if (!targets.has(to.module)) {
    targets.set(to.module, { file: relative(root, file), line: ref.line, specifier: ref.specifier })
  }
  edges.set(from.module, targets)
}

function checkShellImport(
  root: string,
  file: string,
  ref: ImportRef,
  to: Extract<Location, { kind: 'module' }>,
  manifest: ModulesManifest,
  violations: Violation[],
  usedEntries: Set<string>
) {
  if (to.module === CORE || PUBLIC_AREAS.has(to.area)) return
  const inModule = relative(join(root, 'app', to.module), to.path)
    .split(sep)
    .join('/')
    .replace(/\.(ts|js)$/, '')
  const wiring = [`${to.module}_provider`, 'routes', 'api_docs']
  if (wiring.includes(inModule)) return
  const entry = Object.keys(manifest.modules[to.module]?.entries ?? {}).find((declared) =>
    matchesEntry(declared, inModule)
  )
  if (entry !== undefined) {
    usedEntries.add(`${to.module}/${entry}`)
    return
  }
  violations.push(
    violation(
      root,
      file,
      ref
    )(
      'shell-internals',
      `${relative(root, file)} is outside the modules and may use "${to.module}" only through its contracts, events, ${to.module}_provider, routes, api_docs or an entry declared in ${MANIFEST_PATH}, not ${to.module}/${inModule}`
    )
  )
}

/** A declared entry nothing in the shell imports any more goes, as unused dependencies do. */
function reportUnusedEntries(
  manifest: ModulesManifest,
  usedEntries: Set<string>,
  violations: Violation[]
) {
  for (const [module, { entries }] of Object.entries(manifest.modules)) {
    for (const entry of Object.keys(entries ?? {})) {
      if (usedEntries.has(`${module}/${entry}`)) continue
      violations.push({
        rule: 'unused-entry',
        file: MANIFEST_PATH,
        line: 1,
        specifier: `${module}/${entry}`,
        message: `entry "${module}/${entry}" is declared but nothing outside the modules imports it: drop it from ${MANIFEST_PATH}`,
      })
    }
  }
}

function matchesEntry(entry: string, path: string) {
  const pattern = entry
    .split('/')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('/')
  return new RegExp(`^${pattern}$`).test(path)
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function reportUnresolvable(root: string, file: string, scan: Scan, violations: Violation[]) {
  for (const dynamic of scan.unresolvable) {
    violations.push({
      rule: 'unresolvable-import',
      file: relative(root, file),
      line: dynamic.line,
      specifier: dynamic.text,
      message: `import(${dynamic.text}) is computed, so no boundary rule can check it: import a literal path (a map of literal imports if there are several)`,
    })
  }
}

/**
 * Every elementary cycle is reported once, at the import that closes it.
 */
function findCycles(edges: Map<string, Map<string, Edge>>): Violation[] {
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

/* -------------------------------------------------------------------------- */
/* Tables                                                                     */
/* -------------------------------------------------------------------------- */

type TableOwners = Map<string, string>

/**
 * Which module owns each table: the module a migration's file name names
 * (`1795400000100_shipping_create_shipping_tables.ts`) owns the tables it
 * creates. A migration may alter or drop only its module's tables.
 */
function tableOwners(root: string, modules: string[], violations: Violation[]): TableOwners {
  const owners: TableOwners = new Map()
  const known = new Set([CORE, ...modules])
  const later: { file: string; module: string; table: string; line: number }[] = []

  for (const file of sourceFiles(join(root, MIGRATIONS))) {
    const rel = relative(root, file)
    const module = /^\d+_([a-z0-9]+)_/.exec(basename(file))?.[1]
    if (!module || !known.has(module)) {
      violations.push({
        rule: 'table-ownership',
        file: rel,
        line: 1,
        specifier: basename(file),
        message: `a migration's file name says which module owns its tables: <timestamp>_<module>_<what>.ts with one of ${[...known].join(', ')}`,
      })
      continue
    }
    for (const { method, table, line } of schemaCalls(file)) {
      if (method === 'createTable' || method === 'createTableIfNotExists') {
        const owner = owners.get(table)
        if (owner && owner !== module) {
          violations.push({
            rule: 'table-ownership',
            file: rel,
            line,
            specifier: table,
            message: `table "${table}" is already created by module "${owner}"`,
          })
        } else {
          owners.set(table, module)
        }
      } else {
        later.push({ file: rel, module, table, line })
      }
    }
  }
  for (const change of later) {
    const owner = owners.get(change.table)
    if (owner && owner !== change.module) {
      violations.push({
        rule: 'table-ownership',
        file: change.file,
        line: change.line,
        specifier: change.table,
        message: `a "${change.module}" migration changes table "${change.table}", which module "${owner}" owns`,
      })
    }
  }
  return owners
}

/** `this.schema.createTable('x')`, `alterTable(this.tableName)`, … in one migration. */
function schemaCalls(file: string) {
  const source = parse(file, readFileSync(file, 'utf8'))
  const properties = new Map<string, string>()
  const calls: { method: string; node: ts.Expression; line: number }[] = []
  const methods = new Set([
    'createTable',
    'createTableIfNotExists',
    'alterTable',
    'table',
    'dropTable',
    'dropTableIfExists',
    'renameTable',
  ])
  const walk = (node: ts.Node) => {
    if (
      ts.isPropertyDeclaration(node) &&
      node.initializer &&
      ts.isStringLiteralLike(node.initializer)
    ) {
      properties.set(node.name.getText(source), node.initializer.text)
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      methods.has(node.expression.name.text) &&
      node.arguments.length > 0
    ) {
      calls.push({
        method: node.expression.name.text,
        node: node.arguments[0],
        line: lineOf(source.text, node.getStart(source)),
      })
    }
    ts.forEachChild(node, walk)
  }
  walk(source)
  return calls.flatMap(({ method, node, line }) => {
    let table: string | undefined
    if (ts.isStringLiteralLike(node)) table = node.text
    else if (
      ts.isPropertyAccessExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ThisKeyword
    ) {
      table = properties.get(node.name.text)
    }
    return table ? [{ method, table, line }] : []
  })
}

/** The class Lucid generates in database/schema.ts for a table. */
export function schemaClassOf(table: string) {
  return `${string.pascalCase(string.singular(table))}Schema`
}

function checkSchemaImport(
  root: string,
  file: string,
  ref: ImportRef,
  from: Extract<Location, { kind: 'module' }>,
  tables: TableOwners,
  violations: Violation[]
) {
  const classes = new Map(
    [...tables].map(([table, owner]) => [schemaClassOf(table), { table, owner }])
  )
  const report = violation(root, file, ref)
  if (ref.names.includes('*')) {
    violations.push(
      report(
        'foreign-schema',
        `import the schema classes of module "${from.module}" by name, so the checker can see whose tables they are`
      )
    )
    return
  }
  for (const name of ref.names) {
    if (name === 'default') continue
    const table = classes.get(name)
    if (!table) {
      violations.push(
        report(
          'table-ownership',
          `${name} (database/schema) matches no table a migration creates, so no module owns it`
        )
      )
    } else if (table.owner !== from.module) {
      violations.push(
        report(
          'foreign-schema',
          `${name} is table "${table.table}" of module "${table.owner}"; module "${from.module}" may use only its own tables (ask "${table.owner}" through its contracts)`
        )
      )
    }
  }
}

function checkTableNames(
  root: string,
  file: string,
  scan: Scan,
  from: Extract<Location, { kind: 'module' }>,
  tables: TableOwners,
  violations: Violation[]
) {
  for (const literal of scan.strings) {
    const named = literal.sql ? sqlWords(literal.text) : tableOfName(literal.text)
    for (const table of new Set(named)) {
      const owner = tables.get(table)
      if (!owner) continue
      const ref = { line: literal.line, specifier: table }
      if (owner !== from.module) {
        violations.push(
          violation(
            root,
            file,
            ref
          )(
            'foreign-table',
            `module "${from.module}" names table "${table}" of module "${owner}"${literal.sql ? ' in SQL' : ''}; only "${owner}" touches its tables (ask it through its contracts)`
          )
        )
      } else if (from.module !== CORE && PUBLIC_AREAS.has(from.area)) {
        violations.push(
          violation(
            root,
            file,
            ref
          )(
            'public-api-names-table',
            `${from.module}/${from.area} is public and must not publish its table "${table}"`
          )
        )
      }
    }
  }
}

/** `'users'`, `'users as u'`, `'users u'` name the table `users`. */
function tableOfName(text: string): string[] {
  const match = /^\s*"?([A-Za-z_][\w]*)"?(?:\s+(?:as\s+)?[A-Za-z_]\w*)?\s*$/i.exec(text)
  return match ? [match[1]] : []
}

function sqlWords(text: string): string[] {
  return [...text.matchAll(/[A-Za-z_]\w*/g)].map((match) => match[0])
}

/* -------------------------------------------------------------------------- */
/* Frontend                                                                   */
/* -------------------------------------------------------------------------- */

function checkFrontendImport(
  root: string,
  file: string,
  ref: ImportRef,
  to: Location,
  violations: Violation[]
) {
  const report = (message: string) =>
    violations.push(violation(root, file, ref)('frontend-boundary', message))

  if (to.kind === 'module' || to.kind === 'schema') {
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

/* -------------------------------------------------------------------------- */
/* Files, paths and aliases                                                   */
/* -------------------------------------------------------------------------- */

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
  if (relative(root, absolutePath).replace(/\.(ts|js)$/, '') === SCHEMA_FILE.replace(/\.ts$/, '')) {
    return { kind: 'schema' }
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

function moduleDirectories(root: string): string[] {
  const app = join(root, 'app')
  if (!existsSync(app)) return []
  return readdirSync(app)
    .filter((entry) => entry !== CORE && statSync(join(app, entry)).isDirectory())
    .sort()
}

function* shellFiles(root: string): Generator<string> {
  for (const path of SHELL_PATHS) {
    const absolute = join(root, path)
    if (!existsSync(absolute)) continue
    if (statSync(absolute).isDirectory()) yield* sourceFiles(absolute)
    else yield absolute
  }
}

function* sourceFiles(directory: string): Generator<string> {
  if (!existsSync(directory)) return
  for (const entry of readdirSync(directory).sort()) {
    const path = join(directory, entry)
    if (statSync(path).isDirectory()) {
      if (entry !== 'node_modules') yield* sourceFiles(path)
    } else if (SOURCE_EXTENSIONS.has(extname(entry)) && !entry.endsWith('.d.ts')) {
      yield path
    }
  }
}

/* -------------------------------------------------------------------------- */
/* Reading a file                                                             */
/* -------------------------------------------------------------------------- */

function parse(file: string, code: string) {
  return ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
}

/**
 * Every way a file can reach another one: static imports (type-only too),
 * re-exports, `import()` calls and `import('x').T` types. A computed
 * `import()` specifier is returned apart, as it cannot be resolved. Also
 * collects the string literals that may name a table.
 */
function scanFile(file: string): Scan {
  const text = readFileSync(file, 'utf8')
  const blocks = extname(file) === '.vue' ? vueScriptBlocks(text) : [{ code: text, offset: 0 }]
  const scan: Scan = { imports: [], unresolvable: [], strings: [] }
  for (const { code, offset } of blocks) scanSource(parse(file, code), offset, scan)
  return scan
}

function scanSource(source: ts.SourceFile, offset: number, scan: Scan) {
  const lineAt = (node: ts.Node) => offset + lineOf(source.text, node.getStart(source))
  const namespaces = new Map<string, ImportRef>()

  const add = (
    specifier: ts.Node | undefined,
    node: ts.Node,
    kind: ImportRef['kind'],
    names: string[] = []
  ) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return undefined
    const ref: ImportRef = { specifier: specifier.text, line: lineAt(node), kind, names }
    scan.imports.push(ref)
    return ref
  }

  const walk = (node: ts.Node, sql: boolean) => {
    // SQL kept in a constant or built by concatenation, for `preparedRows`.
    if (!sql && isStringExpression(node) && looksLikeSql(literalText(node) ?? '')) sql = true
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const names: string[] = []
      if (clause?.name) names.push('default')
      const bindings = clause?.namedBindings
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements)
          names.push((element.propertyName ?? element.name).text)
      }
      const ref = add(node.moduleSpecifier, node, 'import', names)
      if (ref && bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, ref)
      return
    }
    if (ts.isExportDeclaration(node)) {
      const names: string[] = []
      const clause = node.exportClause
      if (!clause || ts.isNamespaceExport(clause)) names.push('*')
      else
        for (const element of clause.elements)
          names.push((element.propertyName ?? element.name).text)
      add(node.moduleSpecifier, node, 're-export', names)
      return
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node, 'import', ['*'])
      return
    }
    if (ts.isImportTypeNode(node)) {
      const argument = node.argument
      if (ts.isLiteralTypeNode(argument)) {
        const qualifier = node.qualifier
        const first = qualifier
          ? ts.isIdentifier(qualifier)
            ? qualifier.text
            : leftmost(qualifier)
          : '*'
        add(argument.literal, node, 'import', [first])
      }
    }
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const argument = node.arguments[0]
      if (argument && ts.isStringLiteralLike(argument)) {
        add(argument, node, 'dynamic', ['*'])
      } else {
        scan.unresolvable.push({
          text: argument ? argument.getText(source) : '',
          line: lineAt(node),
        })
      }
      node.arguments.forEach((child) => walk(child, false))
      return
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const namespace = namespaces.get(node.expression.text)
      if (namespace && !namespace.names.includes(node.name.text))
        namespace.names.push(node.name.text)
    }
    if (ts.isCallExpression(node) && isRawSqlCall(node)) {
      ts.forEachChild(node, (child) => walk(child, child !== node.expression))
      return
    }
    if (ts.isStringLiteralLike(node)) {
      scan.strings.push({ text: node.text, line: lineAt(node), sql })
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)]
      for (const part of parts) scan.strings.push({ text: part, line: lineAt(node), sql })
    }
    ts.forEachChild(node, (child) => walk(child, sql))
  }
  walk(source, false)

  for (const ref of namespaces.values()) {
    // A namespace used only as a whole (`schema[x]`, passed around) stays '*'.
    if (ref.names.length === 0) ref.names.push('*')
  }
}

function leftmost(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : leftmost(name.left)
}

function isStringExpression(node: ts.Node) {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
  )
}

/**
 * The text a string expression always holds: its literal parts in order, a
 * space for each part computed at run time; undefined when it has none.
 */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteralLike(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression)
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalText(node.left)
    const right = literalText(node.right)
    if (left === undefined && right === undefined) return undefined
    return `${left ?? ' '}${right ?? ' '}`
  }
  return undefined
}

/** A whole SQL statement, as a prepared statement's text is: not a fragment, not prose. */
function looksLikeSql(text: string) {
  return /^\s*\(?\s*(select\b[\s\S]*\bfrom\b|insert\s+into\b|update\s+"?\w+"?\s+set\b|delete\s+from\b|with\s+"?\w+"?\s+as\s*\()/i.test(
    text
  )
}

/** `db.rawQuery(sql)`, `knex.raw(sql)`, `.whereRaw(sql)`, `.joinRaw(sql)`, `preparedRows(sql)`, … */
function isRawSqlCall(node: ts.CallExpression) {
  const callee = node.expression
  const name = ts.isPropertyAccessExpression(callee)
    ? callee.name.text
    : ts.isIdentifier(callee)
      ? callee.text
      : ''
  return (
    name === 'raw' ||
    name === 'rawQuery' ||
    name === 'knexRawQuery' ||
    name === 'preparedRows' ||
    /^\w+Raw$/.test(name)
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
