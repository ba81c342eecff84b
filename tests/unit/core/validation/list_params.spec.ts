import { test } from '@japa/runner'
import { errors } from '@vinejs/vine'
import { InvalidPage } from '#core/queries/page'
import {
  booleanFilter,
  choiceFilter,
  listValidator,
  orderingFilter,
  textFilter,
  uuidFilter,
} from '#core/validation/list_params'

const validator = listValidator({
  status: choiceFilter(['OPEN', 'SHUT']),
  code: textFilter(),
  done: booleanFilter(),
  owner: uuidFilter(),
  ordering: orderingFilter({ created: 'created_at', name: 'name' }),
})

test.group('List filter validators', () => {
  test('an empty query string is page 1 of 10, no filters, no ordering', async ({ assert }) => {
    const filters = await validator.validate({})
    assert.deepInclude(filters, { page: 1, page_size: 10, ordering: [] })
    assert.isUndefined(filters.status)
    assert.isUndefined(filters.code)
    assert.isUndefined(filters.done)
    assert.isUndefined(filters.owner)
  })

  test('reads every filter into its typed value', async ({ assert }) => {
    const filters = await validator.validate({
      page: 'last',
      page_size: '500',
      status: 'SHUT',
      code: 'ICN',
      done: 'FALSE',
      owner: 'AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE',
      ordering: '-name,bogus,created,name',
    })
    assert.deepEqual(filters, {
      page: 'last',
      page_size: 100,
      status: 'SHUT',
      code: 'ICN',
      done: false,
      owner: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      ordering: [
        { field: 'name', column: 'name', direction: 'desc' },
        { field: 'created', column: 'created_at', direction: 'asc' },
      ],
    })
  })

  test('unusable values mean "no filter" (empty, repeated, not a boolean)', async ({ assert }) => {
    const filters = await validator.validate({
      status: '',
      code: ['A', 'B'],
      done: 'maybe',
      page_size: 'ten',
    })
    assert.isUndefined(filters.status)
    assert.isUndefined(filters.code)
    assert.isUndefined(filters.done)
    assert.equal(filters.page_size, 10)
  })

  test('a bad choice and a bad uuid are both reported, as 400 field errors', async ({ assert }) => {
    const error = await validator.validate({ status: 'AJAR', owner: 'nope' }).catch((e) => e)
    assert.instanceOf(error, errors.E_VALIDATION_ERROR)
    assert.deepEqual(
      error.messages.map((entry: any) => [entry.field, entry.rule, entry.message]),
      [
        [
          'status',
          'choiceFilter',
          'Select a valid choice. AJAR is not one of the available choices.',
        ],
        ['owner', 'uuidFilter', 'Enter a valid UUID.'],
      ]
    )
  })

  test('a bad page is 404 Invalid page., unless a filter is refused first', async ({ assert }) => {
    for (const page of ['0', 'abc', '1.5', '99999999999999999999', ['1', '2']]) {
      const error = await validator.validate({ page }).catch((e) => e)
      assert.instanceOf(error, InvalidPage, `page=${page}`)
      assert.equal(error.status, 404)
    }
    const both = await validator.validate({ page: 'abc', status: 'AJAR' }).catch((e) => e)
    assert.instanceOf(both, errors.E_VALIDATION_ERROR)
    assert.deepEqual(
      both.messages.map((entry: any) => entry.field),
      ['status']
    )
  })
})
