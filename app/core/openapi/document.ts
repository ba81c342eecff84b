import type { DomainError } from '#core/exceptions/domain_error'
import { VALIDATION_CODES } from '#core/exceptions/api_error'
import {
  BODY_METHODS,
  MalformedBody,
  UnsupportedBodyEncoding,
} from '#core/middleware/body_parser_middleware'
import {
  schemaOf,
  type ApiOperation,
  type ErrorClass,
  type ModuleApiDocs,
} from '#core/openapi/api_docs'
import { schema, type JsonSchema } from '#core/openapi/schema'
import { SESSION_COOKIE_NAME } from '#config/session'

/** What the generator needs of a registered route (AdonisJS `router.toJSON()`). */
export type RouteInfo = { pattern: string; methods: string[]; name?: string | null }

export const API_PREFIX = '/api/v1/'
const JSON_TYPE = 'application/json'
const SIGNED_IN = [{ bearer: [] }, { apiKey: [] }, { session: [] }]

/** Known codes of the answers every route may give. */
const DERIVED_CODES: Record<number, string[]> = {
  401: [
    'not_authenticated',
    'authentication_failed',
    'token_not_valid',
    'bad_authorization_header',
    'user_inactive',
    'user_banned',
  ],
  // A browser session's write without its XSRF token is refused too, and so is an
  // administrator who must first set up a second factor (STAFF_MFA=required).
  403: ['permission_denied', 'bad_csrf_token', 'mfa_enrolment_required'],
  404: ['not_found'],
  429: ['throttled'],
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Invalid input or a refused operation',
  401: 'No usable credentials',
  403: 'Not allowed to do this',
  404: 'Not found',
  409: 'Conflicts with the current state',
  415: 'Unsupported Content-Encoding',
  429: 'Too many requests',
}

export type BuiltDocument = {
  document: Record<string, any>
  /** `/api/v1` routes (METHOD pattern) no module documents. */
  undocumented: string[]
  /** Documented route names no registered route has. */
  unknown: string[]
}

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the registered
 * routes (paths, methods, path parameters), the modules' `api_docs.ts`
 * (summaries, validators for bodies, transformer schemas for answers,
 * domain errors) and the shared error envelope.
 */
export function buildOpenApiDocument(
  routes: RouteInfo[],
  modules: ModuleApiDocs[],
  info: { version: string }
): BuiltDocument {
  const operations = new Map<string, { operation: ApiOperation; tag: string }>()
  const schemas: Record<string, JsonSchema> = { ErrorEnvelope: errorEnvelope() }
  for (const module of modules) {
    Object.assign(schemas, module.schemas)
    for (const [name, operation] of Object.entries(module.operations)) {
      operations.set(name, { operation, tag: module.tag.name })
    }
  }

  const paths: Record<string, Record<string, unknown>> = {}
  const undocumented: string[] = []
  const used = new Set<string>()
  for (const route of routes) {
    if (!route.pattern.startsWith(API_PREFIX)) continue
    const found = route.name ? operations.get(route.name) : undefined
    const methods = route.methods.filter((method) => method !== 'HEAD')
    if (!found) {
      undocumented.push(...methods.map((method) => `${method} ${route.pattern}`))
      continue
    }
    used.add(route.name!)
    const path = openApiPath(route.pattern)
    for (const method of methods) {
      paths[path] = paths[path] ?? {}
      paths[path][method.toLowerCase()] = operationObject(route, found.operation, found.tag)
    }
  }

  return {
    document: {
      openapi: '3.1.0',
      info: {
        title: 'Waybill API',
        version: info.version,
        description:
          'Shipment logistics: distribution centers, shipping items, batches and transports. ' +
          'Errors always come in the envelope `{"errors":[{"message","code","field"?}]}`. ' +
          'Paths take an optional trailing slash.',
      },
      tags: modules.map((module) => module.tag),
      paths,
      components: {
        schemas,
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An access token from `/api/v1/auth/signin/` (password) or ' +
              '`/api/v1/auth/signin/token_confirm/` (phone code): `Authorization: Bearer oat_…`.',
          },
          apiKey: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description:
              "A partner system's key (`node ace apikeys:create`), sent as `Authorization: Api-Key <key>`; " +
              'it may call what its scopes allow.',
          },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE_NAME,
            description:
              'The browser session of a signed-in staff member or driver (writes also need the `X-XSRF-TOKEN` header).',
          },
        },
      },
    },
    undocumented,
    unknown: [...operations.keys()].filter((name) => !used.has(name)),
  }
}

/** `/api/v1/shipping/batches/:alias` → `/api/v1/shipping/batches/{alias}/` (the reference's paths). */
export function openApiPath(pattern: string): string {
  return pattern.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\/?$/, '/')
}

function operationObject(route: RouteInfo, operation: ApiOperation, tag: string) {
  const pathParameters = [...route.pattern.matchAll(/:([A-Za-z_]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: name === 'uuid' || name.endsWith('_uuid') ? schema.uuid() : schema.string(),
  }))
  const queryParameters = (operation.query ?? []).map((parameter) => ({
    name: parameter.name,
    in: 'query',
    required: false,
    description: parameter.description,
    schema: parameter.schema,
  }))

  const responses: Record<string, unknown> = {}
  for (const [status, body] of Object.entries(operation.responses)) {
    responses[status] = {
      description: STATUS_TEXT[Number(status)] ?? 'OK',
      ...(body === null ? {} : { content: { [JSON_TYPE]: { schema: body } } }),
    }
  }
  for (const [status, codes] of errorCodesOf(route, operation)) {
    responses[status] = errorResponse(status, codes)
  }

  const isPublic = operation.access === 'public'
  const scope = operation.scope ? `API keys need the \`${operation.scope}\` scope.` : ''
  return {
    operationId: route.name,
    summary: operation.summary,
    description: [operation.description, scope].filter(Boolean).join('\n\n') || undefined,
    tags: [tag],
    security: isPublic ? [] : SIGNED_IN,
    parameters: [...pathParameters, ...queryParameters],
    ...(operation.body ? { requestBody: requestBody(operation) } : {}),
    responses,
  }
}

function requestBody(operation: ApiOperation) {
  let body = schemaOf(operation.body!)
  if (operation.bulk && body.type === 'array') {
    // One element, or an array of them.
    body = { oneOf: [body.items as JsonSchema, body] }
  }
  // A form with a file may also come as plain JSON when it carries none.
  const types =
    operation.bodyEncoding === 'multipart' ? [JSON_TYPE, 'multipart/form-data'] : [JSON_TYPE]
  return {
    required: true,
    content: Object.fromEntries(types.map((type) => [type, { schema: body }])),
  }
}

type ErrorExample = { status: number; code: string; message: string; field?: string }

/** Status → the error codes (with an example message each) this operation may answer. */
function errorCodesOf(route: RouteInfo, operation: ApiOperation) {
  const byStatus = new Map<number, Map<string, ErrorExample>>()
  const add = (example: ErrorExample) => {
    const codes = byStatus.get(example.status) ?? new Map<string, ErrorExample>()
    if (!codes.has(example.code)) codes.set(example.code, example)
    byStatus.set(example.status, codes)
  }
  const addCodes = (status: number, codes: string[]) => {
    for (const code of codes) add({ status, code, message: '…' })
  }

  // Credentials that are present but wrong are refused even on public routes.
  addCodes(401, DERIVED_CODES[401])
  if (operation.access !== 'public' && operation.forbidden !== false) {
    addCodes(403, DERIVED_CODES[403])
  }
  const hasPathParameters = route.pattern.includes(':')
  const isList = (operation.query ?? []).some((parameter) => parameter.name === 'page')
  if (operation.notFound ?? (hasPathParameters || isList)) addCodes(404, DERIVED_CODES[404])
  // Validation, and `null` for an explicit null (#core/http/request_body).
  if (operation.body) addCodes(400, [...VALIDATION_CODES, 'null'])
  // Filters refuse a value they cannot use (#core/validation/list_params).
  const filters = (operation.query ?? []).filter(
    (parameter) => !['page', 'page_size', 'ordering'].includes(parameter.name)
  )
  if (filters.length > 0) addCodes(400, ['invalid_choice', 'invalid'])
  // Any body these methods carry is parsed first (#core/middleware/body_parser_middleware).
  if (route.methods.some((method) => BODY_METHODS.includes(method))) {
    add(describeError(MalformedBody))
    add(describeError(UnsupportedBodyEncoding))
  }
  for (const errorClass of operation.errors ?? []) add(describeError(errorClass))
  for (const [status, codes] of Object.entries(operation.errorCodes ?? {})) {
    addCodes(Number(status), codes)
  }
  return [...byStatus.entries()].sort(([a], [b]) => a - b)
}

function describeError(errorOrClass: ErrorClass): ErrorExample {
  const error: DomainError = typeof errorOrClass === 'function' ? new errorOrClass() : errorOrClass
  const [entry] = error.toEntries()
  return { status: error.status, code: entry.code, message: entry.message, field: entry.field }
}

function errorResponse(status: number, codes: Map<string, ErrorExample>) {
  const list = [...codes.values()]
  return {
    'description': `${STATUS_TEXT[status] ?? 'Error'}. Codes: ${list.map((e) => `\`${e.code}\``).join(', ')}.`,
    'x-error-codes': list.map((example) => example.code),
    'content': {
      [JSON_TYPE]: {
        schema: schema.ref('ErrorEnvelope'),
        examples: Object.fromEntries(
          list
            .filter((example) => example.message !== '…')
            .map((example) => [
              example.code,
              {
                value: {
                  errors: [
                    {
                      message: example.message,
                      code: example.code,
                      ...(example.field ? { field: example.field } : {}),
                    },
                  ],
                },
              },
            ])
        ),
      },
    },
  }
}

function errorEnvelope(): JsonSchema {
  return {
    type: 'object',
    description: 'Every error answer: one entry per problem (per field, or per bulk element).',
    properties: {
      errors: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            message: { type: 'string' },
            code: { type: 'string' },
            field: {
              type: 'string',
              description: 'The input field, or `<index>.<field>` in a bulk request.',
            },
          },
          required: ['message', 'code'],
          additionalProperties: false,
        },
      },
      debug: { type: 'object', description: 'Development only: the server error.' },
    },
    required: ['errors'],
    additionalProperties: false,
  }
}
