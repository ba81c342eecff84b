import type { Assert } from '@japa/assert'
import type { Browser } from 'playwright'
import type { BuiltApp } from '#tests/support/built_app'
import type { PageWatch } from '#tests/support/page_watch'
import { transportsJourney } from '#tests/built/journeys/transports'
import { peopleJourney } from '#tests/built/journeys/people'
import { batchesJourney } from '#tests/built/journeys/batches'
import { driverApp } from '#tests/built/journeys/driver'
import { consoleEndToEnd } from '#tests/built/journeys/console_end_to_end'

/**
 * What a journey through one area of the app gets: the shared page watch
 * (its problems and visited pages are checked once, at the end of the
 * built-app check), the browser and the running built app.
 */
export type Journey = (t: {
  watch: PageWatch
  browser: Browser
  built: BuiltApp
  assert: Assert
}) => Promise<void>

/**
 * One file per area (`tests/built/journeys/<area>.ts`), each opening its own
 * browser contexts and creating its own rows; listed here in the order they run.
 */
export const journeys: Journey[] = [
  transportsJourney,
  batchesJourney,
  peopleJourney,
  driverApp,
  consoleEndToEnd,
]
