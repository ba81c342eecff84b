import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isoFormatterFor } from '#core/time/business_time'

/** Every quarter hour around a date, plus odd milliseconds inside each. */
function instantsAround(iso: string, zone: string) {
  const center = DateTime.fromISO(iso, { zone }).toMillis()
  const instants: number[] = []
  for (let step = -12; step <= 12; step++) {
    const quarter = center + step * 900_000
    instants.push(quarter - 1, quarter, quarter + 1, quarter + 449_999, quarter + 123)
  }
  return instants
}

test.group('ISO datetimes in a zone', () => {
  test('{zone}: the same text as luxon, across offset changes')
    .with([
      { zone: 'Asia/Seoul', dates: ['2026-11-21T14:03:07', '1987-05-10T02:00:00'] },
      { zone: 'America/New_York', dates: ['2026-03-08T02:00:00', '2026-11-01T01:30:00'] },
      { zone: 'Europe/London', dates: ['2026-03-29T01:00:00', '2026-10-25T01:00:00'] },
      { zone: 'Australia/Lord_Howe', dates: ['2026-04-05T02:00:00', '2026-10-04T02:00:00'] },
      { zone: 'Asia/Kathmandu', dates: ['2026-06-01T00:00:00'] },
      { zone: 'UTC', dates: ['2026-01-01T00:00:00'] },
    ])
    .run(({ assert }, { zone, dates }) => {
      const format = isoFormatterFor(zone)
      // Twice over: the second pass reads the cached offsets.
      for (const pass of [1, 2]) {
        for (const date of dates) {
          for (const epochMs of instantsAround(date, zone)) {
            const expected = DateTime.fromMillis(epochMs).setZone(zone).toISO()
            assert.equal(format(epochMs), expected, `pass ${pass}, ${epochMs}`)
          }
        }
      }
    })

  test('random instants from 1900 to 2100 and years luxon writes its own way', ({ assert }) => {
    const format = isoFormatterFor('America/Santiago')
    const instants = [-62_198_755_200_000, 253_402_300_800_000]
    for (let index = 0; index < 2000; index++) {
      instants.push(Math.round(-2_208_988_800_000 + Math.random() * 6_311_390_400_000))
    }
    for (const epochMs of instants) {
      assert.equal(
        format(epochMs),
        DateTime.fromMillis(epochMs).setZone('America/Santiago').toISO()
      )
    }
  })
})
