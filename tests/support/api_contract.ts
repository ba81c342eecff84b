import { AssertionError } from 'node:assert'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { ApiResponse } from '@japa/api-client'
import { apiDocument } from '#core/openapi/openapi_service'
import { API_PREFIX } from '#core/openapi/document'

type Operation = { responses: Record<string, ResponseSpec> }
type ResponseSpec = {
  'content'?: Record<string, { schema: unknown }>
  'x-error-codes'?: string[]
}
type PathMatcher = { template: string; pattern: RegExp; operations: Record<string, Operation> }

/**
 * Holds every `/api/v1` answer a test receives to the API document: the
 * status must be documented for that operation, the body must match its
 * schema (closed objects: a field missing or extra fails), and an error's
 * codes must be among those documented. A drift between the code and the
 * document fails the test that saw it.
 */
export class ApiContract {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true })
  readonly #validators = new Map<string, ValidateFunction>()
  readonly #paths: PathMatcher[]

  constructor(document: { paths: Record<string, Record<string, Operation>> }) {
    addFormats.default(this.#ajv)
    this.#ajv.addSchema(document, 'openapi')
    this.#paths = Object.entries(document.paths)
      .map(([template, operations]) => ({
        template,
        operations,
        pattern: new RegExp(`^${template.replace(/\/$/, '').replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
      }))
      // Literal segments win over parameters (`users/self/profile` over `users/{uuid}`).
      .sort((a, b) => count(a.template, '{') - count(b.template, '{'))
  }

  /** What is wrong with this answer, if anything. */
  problemsWith(answer: { method: string; path: string; status: number; body: unknown }): string[] {
    const label = `${answer.method} ${answer.path} → ${answer.status}`
    const path = this.#paths.find((candidate) => candidate.pattern.test(answer.path))
    const operation = path?.operations[answer.method.toLowerCase()]
    if (!path || !operation) {
      // Only the router's own "no such route" may answer an undocumented path.
      return answer.status === 404 ? [] : [`${label}: no such operation in the API document`]
    }
    const spec = operation.responses[String(answer.status)]
    if (!spec) return [`${label}: status not documented for ${path.template}`]
    const media = spec.content?.['application/json']
    if (!media) return []

    const pointer = [
      'paths',
      path.template,
      answer.method.toLowerCase(),
      'responses',
      String(answer.status),
      'content',
      'application/json',
      'schema',
    ]
      .map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1'))
      .join('/')
    const validate = this.#validator(`openapi#/${pointer}`)
    const problems: string[] = []
    if (!validate(answer.body)) {
      problems.push(
        ...(validate.errors ?? []).map(
          (error) =>
            `${label}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`
        )
      )
    }
    const documentedCodes = spec['x-error-codes']
    const errors = (answer.body as { errors?: { code?: string }[] } | null)?.errors
    if (documentedCodes && Array.isArray(errors)) {
      for (const { code } of errors) {
        if (!documentedCodes.includes(String(code))) {
          problems.push(
            `${label}: error code "${code}" not documented (${documentedCodes.join(', ')})`
          )
        }
      }
    }
    return problems
  }

  #validator(ref: string) {
    let validate = this.#validators.get(ref)
    if (!validate) {
      validate = this.#ajv.compile({ $ref: ref })
      this.#validators.set(ref, validate)
    }
    return validate
  }
}

function count(text: string, char: string) {
  return text.split(char).length - 1
}

let built: Promise<ApiContract> | undefined

/** The contract of the running app's document (built once per run). */
export function apiContract(): Promise<ApiContract> {
  built ??= apiDocument().then(({ document }) => new ApiContract(document as any))
  return built
}

/**
 * The api-client teardown hook (tests/bootstrap.ts): every answer from
 * `/api/v1` is checked against the document.
 */
export async function checkApiAnswer(response: ApiResponse) {
  const { method, endpoint } = response.request.config
  const path = new URL(endpoint, 'http://test').pathname
  if (!path.startsWith(API_PREFIX)) return
  const contract = await apiContract()
  const problems = contract.problemsWith({
    method,
    path,
    status: response.status(),
    body: response.hasBody() ? response.body() : null,
  })
  if (problems.length > 0) {
    throw new AssertionError({ message: `API contract broken:\n  ${problems.join('\n  ')}` })
  }
}
