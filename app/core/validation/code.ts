import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { text } from '#core/validation/text'

/**
 * The format of a code that names a record in a URL path segment (batch
 * aliases, tracking numbers) or that other records refer to (center codes):
 * ASCII letters, digits, `-` and `_`. The routes match their parameters with
 * it and the validators accept only it, so whatever can be created can be
 * reached (`pt.dot` or `pt/../x` could be stored but never looked up).
 */
export const CODE_PATTERN = /^[A-Za-z0-9_-]+$/

export const CODE_MESSAGE = 'Use only letters (A-Z, a-z), digits, "-" and "_".'

/** Route parameter matcher: `router.where('alias', codeMatcher())`. */
export const codeMatcher = () => ({ match: CODE_PATTERN })

function code(value: unknown, _: undefined, field: FieldContext) {
  if (typeof value === 'string' && !CODE_PATTERN.test(value)) {
    field.report(CODE_MESSAGE, 'code', field)
  }
}

export const codeRule = vine.createRule(code, {
  name: 'code',
  toJSONSchema(schema) {
    schema.pattern = CODE_PATTERN.source
  },
})

/** A code field, trimmed; chain the length limits. */
export const codeField = () => text().trim().use(codeRule())
