import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import QueuesPolicy from '#core/policies/queues_policy'
import { QueueMonitor, type RetryReport } from '#core/queue/queue_monitor'
import { QueueOverviewReader } from '#core/queue/queue_overview'
import { queueRetryValidator } from '#core/validation/queue_retry'

const RETRY_REPORT_KEY = 'queueRetry'

/**
 * The console's queues screen (`/queues`): staff see the counts, the failed
 * jobs and the worker heartbeat; administrators re-queue failed jobs. The
 * page polls `overview` (a deferred prop, so a Redis outage shows as that
 * panel's error, not as a broken page).
 */
export default class QueuesController {
  @inject()
  async index({ bouncer, inertia, session }: HttpContext, reader: QueueOverviewReader) {
    await bouncer.with(QueuesPolicy).authorize('view')
    const canRetry = await bouncer.with(QueuesPolicy).allows('retry')
    return inertia.render('core/queues/index', {
      overview: inertia.defer(() => reader.read(), { group: 'overview', rescue: true }),
      retry: {
        allowed: canRetry,
        reason: canRetry ? null : 'Only administrators can retry failed jobs.',
      },
      lastRetry: (session.flashMessages.get(RETRY_REPORT_KEY) as RetryReport | undefined) ?? null,
    })
  }

  @inject()
  async retry({ bouncer, request, response, session }: HttpContext, monitor: QueueMonitor) {
    await bouncer.with(QueuesPolicy).authorize('retry')
    const { all, queue, id } = await request.validateUsing(queueRetryValidator)
    const report = await monitor.retryEach(all ? { all: true, queue } : { queue: queue!, id: id! })
    session.flash(RETRY_REPORT_KEY, report)
    const { message, complete } = summarize(report)
    session.flash(complete ? 'success' : 'error', message)
    return response.redirect('/queues')
  }
}

/** One line for the toast; the page lists each job's outcome from the report. */
function summarize(report: RetryReport) {
  const asked = report.outcomes.length
  const requeued = report.outcomes.filter((outcome) => outcome.result === 'requeued').length
  if (asked === 0) return { message: 'There was no failed job to retry.', complete: true }
  const jobs = (count: number) => `${count} job${count === 1 ? '' : 's'}`
  let message = `Re-queued ${requeued} of ${jobs(asked)}.`
  if (report.remaining > 0) message += ` ${jobs(report.remaining)} left: retry again.`
  return { message, complete: requeued === asked && report.remaining === 0 }
}
