import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'

/**
 * Every string a client sends is validated through `text()`: no validator
 * calls `vine.string()` itself (tests/architecture/string_inputs.spec.ts fails
 * the build if one does). C0 control characters and DEL are refused with a
 * 400, NUL above all: PostgreSQL cannot store it in a text column and would
 * answer a 500. Fields that take free prose (`multiline`) keep tab, line feed
 * and carriage return.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

export const CONTROL_CHARACTERS_MESSAGE = 'Control characters (such as NUL) are not allowed.'

export type TextOptions = { multiline?: boolean }

/** Whether `value` holds a control character the field does not allow. */
export function hasControlCharacters(value: string, options: TextOptions = {}): boolean {
  return (options.multiline ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(value)
}

function noControlCharacters(value: unknown, options: TextOptions, field: FieldContext) {
  if (typeof value === 'string' && hasControlCharacters(value, options)) {
    field.report(CONTROL_CHARACTERS_MESSAGE, 'controlCharacters', field)
  }
}

export const noControlCharactersRule = vine.createRule(noControlCharacters, {
  name: 'controlCharacters',
  toJSONSchema(schema, options) {
    // Said in the API reference unless the field's own pattern already
    // narrows it further (a code, six digits).
    schema.pattern ??= options.multiline
      ? '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$'
      : '^[^\\u0000-\\u001F\\u007F]*$'
  },
})

/** A string field: `vine.string()` that refuses control characters. */
export function text(options: TextOptions = {}) {
  return vine.string().use(noControlCharactersRule({ multiline: options.multiline ?? false }))
}
