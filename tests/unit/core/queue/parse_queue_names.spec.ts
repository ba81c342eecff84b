import { test } from '@japa/runner'
import { parseQueueNames } from '#core/queue/types'

test.group('parseQueueNames', () => {
  test('no names means every queue', ({ assert }) => {
    assert.deepEqual(parseQueueNames([]), ['default', 'events', 'notifications'])
  })

  test('reads repeated and comma-separated names', ({ assert }) => {
    assert.deepEqual(parseQueueNames(['events,default', 'notifications']), [
      'events',
      'default',
      'notifications',
    ])
  })

  test('rejects unknown names, naming them and the known ones', ({ assert }) => {
    assert.throws(
      () => parseQueueNames(['events,bogus']),
      'Unknown queue(s): bogus. Known: default, events, notifications'
    )
  })
})
