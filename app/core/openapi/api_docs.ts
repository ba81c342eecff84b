import type { DomainError } from '#core/exceptions/domain_error'
import { schema, type JsonSchema } from '#core/openapi/schema'

/** Anything with a JSON Schema: a VineJS validator, or a schema itself. */
type SchemaSource = { toJSONSchema(): unknown } | JsonSchema

/**
 * A domain error it may answer with: the class (instantiated once, without
 * arguments, to read its code and message), or an example instance when
 * the message needs arguments.
 */
export type ErrorClass = (new () => DomainError) | DomainError

export type QueryParameter = {
  name: string
  description: string
  schema: JsonSchema
}

/**
 * What the API reference says about one route, keyed by the route's name
 * in the module's `api_docs.ts`. Everything else (path, method, path
 * parameters, the error envelope, 401/403/404/400 answers) is derived.
 */
export type ApiOperation = {
  summary: string
  description?: string
  /** `public`: no credentials needed (sign-in flows). Default: a signed-in caller. */
  access?: 'public' | 'signed-in'
  /** The API-key scope that grants it, when keys may call it. */
  scope?: string
  /** The request body: a VineJS validator or a schema. */
  body?: SchemaSource
  /** Bulk endpoints take one element or an array of them. */
  bulk?: boolean
  /** `multipart`: the body may be a form with a file (profile image), or JSON without one. */
  bodyEncoding?: 'json' | 'multipart'
  query?: QueryParameter[]
  /** Success answers: status → body schema (`null`: no body). */
  responses: Record<number, JsonSchema | null>
  /** Domain errors it answers with, besides the derived ones (classes or example instances). */
  errors?: ErrorClass[]
  /** More error codes by status, for errors raised without a class. */
  errorCodes?: Record<number, string[]>
  /** Whether a signed-in caller may still be refused (403). Default true. */
  forbidden?: boolean
  /** Whether a path lookup may find nothing (404). Default: when the path has parameters. */
  notFound?: boolean
}

export type ModuleApiDocs = {
  /** The tag its operations are grouped under. */
  tag: { name: string; description: string }
  /** Named response schemas (`#/components/schemas/<name>`). */
  schemas?: Record<string, JsonSchema>
  operations: Record<string, ApiOperation>
}

export function defineApiDocs(docs: ModuleApiDocs): ModuleApiDocs {
  return docs
}

export function schemaOf(source: SchemaSource): JsonSchema {
  return typeof source.toJSONSchema === 'function'
    ? (source.toJSONSchema() as JsonSchema)
    : (source as JsonSchema)
}

/** The list envelope around `item` (see #core/presenters/api_page). */
export function pageOf(item: JsonSchema): JsonSchema {
  return schema.object({
    count: schema.integer({ minimum: 0 }),
    next: schema.nullable(schema.string({ format: 'uri' })),
    previous: schema.nullable(schema.string({ format: 'uri' })),
    current_page: schema.integer({ minimum: 1 }),
    items_per_page: schema.integer({ minimum: 1 }),
    results: schema.array(item),
  })
}

/**
 * The query parameters of a paged list: `page`, `page_size`, the
 * `ordering` keys (each may take a `-` for descending) and the filters.
 */
export function listQuery(options: {
  ordering?: readonly string[]
  /** How the list is sorted when `ordering` is not given. */
  defaultOrder?: string
  filters?: QueryParameter[]
}): QueryParameter[] {
  const parameters: QueryParameter[] = [
    {
      name: 'page',
      description: 'Page number, from 1, or `last`. A page past the end is a 404 `not_found`.',
      schema: { oneOf: [{ type: 'integer', minimum: 1 }, { const: 'last' }] },
    },
    {
      name: 'page_size',
      description: 'Rows per page (default 10, at most 100).',
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
    },
  ]
  if (options.ordering?.length) {
    const keys = options.ordering.flatMap((key) => [key, `-${key}`])
    parameters.push({
      name: 'ordering',
      description:
        `Comma-separated sort keys, \`-\` for descending: ${keys.map((k) => `\`${k}\``).join(', ')}. ` +
        `Default: ${options.defaultOrder ?? 'newest first'}.`,
      schema: { type: 'string' },
    })
  }
  return [...parameters, ...(options.filters ?? [])]
}

export function filter(name: string, description: string, shape: JsonSchema): QueryParameter {
  return { name, description, schema: shape }
}
