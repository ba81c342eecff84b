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
 * Lines that call `.transaction(…)` on anything but a parameter typed
 * `TransactionClientContract`: `db.transaction(…)`, `this.db.transaction(…)`,
 * `db.connection().transaction(…)`, `SomeModel.transaction(…)`, a query
 * client's. A savepoint (`trx.transaction()`, on the transaction the code
 * was handed) stays allowed.
 */
export function lucidTransactions(code: string): number[] {
  const source = ts.createSourceFile('file.ts', code, ts.ScriptTarget.Latest, true)
  const lines: number[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'transaction' &&
      !isTransactionParameter(node.expression.expression)
    ) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return lines
}

/** An identifier naming a parameter of an enclosing function typed `TransactionClientContract`. */
function isTransactionParameter(receiver: ts.Expression) {
  if (!ts.isIdentifier(receiver)) return false
  for (let scope: ts.Node | undefined = receiver.parent; scope; scope = scope.parent) {
    if (!ts.isFunctionLike(scope)) continue
    const parameter = scope.parameters.find(
      (p) => ts.isIdentifier(p.name) && p.name.text === receiver.text
    )
    if (parameter) return parameter.type?.getText() === 'TransactionClientContract'
  }
  return false
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

  test('the check finds every transaction opened on Lucid, not savepoints', ({ assert }) => {
    const code = [
      `import db from '@adonisjs/lucid/services/db'`,
      `import { transaction } from '#core/db/transaction'`,
      `async function savepoint(trx: TransactionClientContract) {`,
      `  return trx.transaction()`,
      `}`,
      `await db.transaction(async (trx) => {})`,
      `await ShippingItem.transaction()`,
      `await this.db.transaction(async (trx) => {})`,
      `await db.connection().transaction()`,
      `function write(client: QueryClientContract = db.connection()) {`,
      `  return client.transaction()`,
      `}`,
      `async function shadowed(trx: TransactionClientContract) {`,
      `  return (async (trx: QueryClientContract) => trx.transaction())(db.connection())`,
      `}`,
      `await transaction(async () => {})`,
    ].join('\n')
    assert.deepEqual(lucidTransactions(code), [6, 7, 8, 9, 11, 14])
  })
})
