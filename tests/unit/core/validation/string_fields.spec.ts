import { test } from '@japa/runner'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import app from '@adonisjs/core/services/app'
import { errors } from '@vinejs/vine'
import { InvalidPage } from '#core/queries/page'

type Schema = {
  type?: string | string[]
  properties?: Record<string, Schema>
  items?: Schema
  anyOf?: Schema[]
}
type Validator = { validate(data: unknown): Promise<unknown>; toJSONSchema(): Schema }

/** Every exported VineJS validator of every module's `validators/` folder. */
async function allValidators() {
  const root = app.appRoot.pathname
  const found: { name: string; validator: Validator }[] = []
  for (const module of readdirSync(join(root, 'app'), { withFileTypes: true })) {
    const dir = join(root, 'app', module.name, 'validators')
    if (!module.isDirectory()) continue
    let files: string[] = []
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.ts'))
    } catch {
      continue
    }
    for (const file of files) {
      const exported = await import(pathToFileURL(join(dir, file)).href)
      for (const [name, value] of Object.entries(exported)) {
        const candidate = value as Partial<Validator> | null
        if (
          typeof candidate?.validate === 'function' &&
          typeof candidate.toJSONSchema === 'function'
        ) {
          found.push({
            name: `${relative(root, dir)}/${file} ${name}`,
            validator: candidate as Validator,
          })
        }
      }
    }
  }
  return found
}

const isString = (schema: Schema): boolean =>
  schema.type === 'string' ||
  (Array.isArray(schema.type) && schema.type.includes('string')) ||
  (schema.anyOf ?? []).some(isString)

/**
 * Each string field's path in the body and a body that puts `value` there
 * (`0.alias` for an array body).
 */
function stringFields(schema: Schema, value: string): { field: string; body: unknown }[] {
  if (isString(schema)) return [{ field: '', body: value }]
  if (schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      stringFields(child, value).map(({ field, body }) => ({
        field: field ? `${key}.${field}` : key,
        body: { [key]: body },
      }))
    )
  }
  if (schema.items) {
    return stringFields(schema.items, value).map(({ field, body }) => ({
      field: field ? `0.${field}` : '0',
      body: [body],
    }))
  }
  return []
}

async function fieldErrors(validator: Validator, body: unknown): Promise<string[]> {
  try {
    await validator.validate(body)
    return []
  } catch (error) {
    // A list's `page` takes digits or `last` only: anything else is its 404.
    if (error instanceof InvalidPage) return ['page']
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
    return (error.messages as { field: string }[]).map((message) => message.field)
  }
}

/**
 * List parameters the reference API reads leniently (an unusable value means
 * "no filter" or "the default", as DRF does): they become a boolean,
 * allow-listed columns or a number, never text the database sees.
 */
const LENIENT_LIST_PARAMS = new Set(['completed', 'ordering', 'page_size'])
/** List filters: the API's own (list_validators.ts) and the console's, built by listValidator(). */
const isListValidator = (validatorName: string) =>
  validatorName.includes('/list_validators.ts ') || / list\w+Validator$/.test(validatorName)
const isLenient = (validatorName: string, field: string) =>
  isListValidator(validatorName) && LENIENT_LIST_PARAMS.has(field)

/**
 * Finding 9 of issue 15, checked on what the validators do rather than how
 * they are written: every string field of every validator refuses a NUL and
 * another C0 control character.
 */
test.group('Validators: string fields', () => {
  test('every string field of every validator refuses control characters', async ({ assert }) => {
    const validators = await allValidators()
    assert.isAbove(validators.length, 10, 'validators were found')
    let checked = 0
    for (const { name, validator } of validators) {
      for (const value of ['A\u0000B', 'A\u001BB']) {
        for (const { field, body } of stringFields(validator.toJSONSchema(), value)) {
          if (isLenient(name, field)) continue
          checked++
          assert.include(await fieldErrors(validator, body), field, `${name}: ${field}`)
        }
      }
    }
    assert.isAbove(checked, 20, 'string fields were found')
  })
})
