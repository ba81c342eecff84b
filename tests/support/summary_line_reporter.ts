import { BaseReporter } from '@japa/runner/core'
import type { NamedReporterContract } from '@japa/runner/types'

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that
 * tools outside Japa (CI dashboards) can read without parsing its table.
 */
class SummaryLineReporter extends BaseReporter {
  protected async end() {
    const { aggregates } = this.runner!.getSummary()
    process.stdout.write(
      `\nwaybill: ${aggregates.passed} passed, ${aggregates.failed} failed, ${aggregates.skipped} skipped\n`
    )
  }
}

export function summaryLine(): NamedReporterContract {
  return {
    name: 'summary-line',
    handler: (...args) => new SummaryLineReporter().boot(...args),
  }
}
