import { test } from '@japa/runner'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import app from '@adonisjs/core/services/app'

/** The one file that may open a transaction through Lucid (#core/db/transaction). */
const TRANSACTION_HELPER = 'app/core/db/transaction.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * Lines that open a transaction on something the file imports: `db.transaction(…)`
 * or `SomeModel.transaction(…)`. A savepoint (`trx.transaction()`) is opened on
 * a transaction the code was handed, not on an import, and stays allowed.
 */
export function lucidTransactions(code: string): number[] {
  const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true)
  const imported = new Set<string>()
  for (const statement of source.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined
    if (!clause) continue
    if (clause.name) imported.add(clause.name.text)
    const bindings = clause.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) imported.add(bindings.name.text)
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) imported.add(element.name.text)
    }
  }
  const lines: number[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'transaction' &&
      ts.isIdentifier(node.expression.expression) &&
      imported.has(node.expression.expression.text)
    ) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return lines
}

/**
 * Lucid's `db.transaction` reports a COMMIT that failed, or that PostgreSQL
 * answered with a rollback, as done, and runs the after-commit hooks (the
 * outbox hand-over) for it. Every transaction is opened by `transaction()`
 * from #core/db/transaction, which throws instead.
 */
test.group('Transactions', () => {
  test('every transaction is opened by transaction() (#core/db/transaction)', ({ assert }) => {
    const root = app.appRoot.pathname
    const offenders = sourceFiles(join(root, 'app'))
      .map((file) => relative(root, file))
      .filter((file) => file !== TRANSACTION_HELPER)
      .flatMap((file) =>
        lucidTransactions(readFileSync(join(root, file), 'utf8')).map((line) => `${file}:${line}`)
      )
    assert.deepEqual(offenders, [], 'use transaction() from #core/db/transaction instead')
  })

  test('the check finds db and model transactions, not savepoints', ({ assert }) => {
    const code = [
      `import db from '@adonisjs/lucid/services/db'`,
      `import ShippingItem from '#shipping/models/shipping_item'`,
      `import { transaction } from '#core/db/transaction'`,
      `await db.transaction(async (trx) => {`,
      `  await trx.transaction()`,
      `})`,
      `const trx = await ShippingItem.transaction()`,
      `await transaction(async () => {})`,
    ].join('\n')
    assert.deepEqual(lucidTransactions(code), [4, 7])
  })
})
