import { test } from '@japa/runner'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import app from '@adonisjs/core/services/app'

/** The one file that may build a VineJS string schema (#core/validation/text). */
const TEXT_FACTORY = 'app/core/validation/text.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** `vine.string(...)`, `new VineString(...)` or an import of `VineString`, by line. */
function rawStringSchemas(file: string): number[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const lines: number[] = []
  const visit = (node: ts.Node) => {
    const isVineString =
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'string' &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'vine'
    const isVineStringClass = ts.isIdentifier(node) && node.text === 'VineString'
    if (isVineString || isVineStringClass) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return lines
}

/**
 * Finding 9 of issue 15: every string input refuses control characters
 * because every string schema comes from `text()`. A validator that builds
 * its own `vine.string()` would bypass that rule, so none may.
 */
test.group('String inputs', () => {
  test('every VineJS string schema is built by text() (#core/validation/text)', ({ assert }) => {
    const root = app.appRoot.pathname
    const offenders = sourceFiles(join(root, 'app'))
      .map((file) => relative(root, file))
      .filter((file) => file !== TEXT_FACTORY)
      .flatMap((file) => rawStringSchemas(join(root, file)).map((line) => `${file}:${line}`))
    assert.deepEqual(offenders, [], 'use text() from #core/validation/text instead')
  })
})
