import { test } from '@japa/runner'
import { presentInertiaPage } from '#core/presenters/inertia_page'
import {
  choiceFilter,
  listValidator,
  orderingFilter,
  textFilter,
} from '#core/validation/list_params'

test.group('Inertia list presenter', () => {
  test('rows as data, pager facts as meta, the understood filters echoed back', async ({
    assert,
  }) => {
    const filters = await listValidator({
      status: choiceFilter(['OPEN', 'SHUT']),
      code: textFilter(),
      ordering: orderingFilter({ created: 'created_at', name: 'name' }),
    }).validate({ page: '2', page_size: '2', status: 'OPEN', code: '', ordering: '-created,x' })
    const page = { rows: [3, 4], total: 5, page: 2, pageSize: 2, lastPage: 3 }

    const props = await presentInertiaPage(page, filters, (rows) => rows.map((n) => ({ n })))

    assert.deepEqual(props, {
      data: [{ n: 3 }, { n: 4 }],
      meta: { total: 5, page: 2, pageSize: 2, lastPage: 3 },
      filters: { status: 'OPEN', ordering: '-created' },
    })
  })

  test('no filters and no ordering echo an empty object', async ({ assert }) => {
    const filters = await listValidator({
      ordering: orderingFilter({ created: 'created_at' }),
    }).validate({})
    const page = { rows: [], total: 0, page: 1, pageSize: 10, lastPage: 1 }
    const props = await presentInertiaPage(page, filters, (rows) => rows)
    assert.deepEqual(props, {
      data: [],
      meta: { total: 0, page: 1, pageSize: 10, lastPage: 1 },
      filters: {},
    })
  })
})
