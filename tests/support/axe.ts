import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright'

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8'
)

/**
 * axe-core's serious and critical findings on the page as it is now, one line
 * each ("rule: target"). Evaluated over the DevTools protocol, so the page's
 * Content-Security-Policy does not stand in the way.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  return page.evaluate<string[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((results) =>
      results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .flatMap((violation) =>
          violation.nodes.map((node) => violation.id + ': ' + node.target.join(' '))
        )
    )
  `)
}
