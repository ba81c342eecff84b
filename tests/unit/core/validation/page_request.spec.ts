import { test } from '@japa/runner'
import { InvalidPage } from '#core/queries/page'
import { pageRequestFrom } from '#core/validation/list_params'

test.group('pageRequestFrom', () => {
  test('defaults to page 1 of 10', ({ assert }) => {
    assert.deepEqual(pageRequestFrom({}), { page: 1, pageSize: 10 })
    assert.deepEqual(pageRequestFrom({ page: '', page_size: '' }), { page: 1, pageSize: 10 })
  })

  test('reads page, last and page_size', ({ assert }) => {
    assert.deepEqual(pageRequestFrom({ page: '3', page_size: '25' }), { page: 3, pageSize: 25 })
    assert.deepEqual(pageRequestFrom({ page: 'last' }), { page: 'last', pageSize: 10 })
  })

  test('caps page_size at 100 and ignores unusable sizes', ({ assert }) => {
    assert.equal(pageRequestFrom({ page_size: '101' }).pageSize, 100)
    for (const size of ['0', '-1', 'ten', '2.5', ['5', '6']]) {
      assert.equal(pageRequestFrom({ page_size: size }).pageSize, 10)
    }
  })

  test('rejects pages that are not positive integers', ({ assert }) => {
    for (const page of ['0', '-2', 'first', '1.0', '1e3', ['1', '2'], '99999999999999999999']) {
      assert.throws(() => pageRequestFrom({ page }), InvalidPage.message)
    }
  })
})
