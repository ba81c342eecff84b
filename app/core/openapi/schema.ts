/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) for response shapes,
 * written next to the transformer that produces them. Objects are closed:
 * every listed property is required and no other is allowed, so a contract
 * test fails as soon as a transformer and its schema disagree.
 */
export type JsonSchema = { [keyword: string]: unknown }

export const schema = {
  string: (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', ...extra }),
  uuid: (): JsonSchema => ({ type: 'string', format: 'uuid' }),
  dateTime: (): JsonSchema => ({ type: 'string', format: 'date-time' }),
  date: (): JsonSchema => ({ type: 'string', format: 'date' }),
  integer: (extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', ...extra }),
  boolean: (): JsonSchema => ({ type: 'boolean' }),
  choice: (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] }),
  array: (items: JsonSchema, extra: JsonSchema = {}): JsonSchema => ({
    type: 'array',
    items,
    ...extra,
  }),
  /** A named component: `#/components/schemas/<name>`. */
  ref: (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` }),

  nullable(inner: JsonSchema): JsonSchema {
    if (typeof inner.type === 'string' && !('enum' in inner)) {
      return { ...inner, type: [inner.type, 'null'] }
    }
    return { anyOf: [inner, { type: 'null' }] }
  },

  object(properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
    return {
      type: 'object',
      properties,
      required: Object.keys(properties),
      additionalProperties: false,
      ...extra,
    }
  },

  /** Exactly one of the shapes (say, a staff or a driver profile). */
  oneOf: (...shapes: JsonSchema[]): JsonSchema => ({ oneOf: shapes }),
}
