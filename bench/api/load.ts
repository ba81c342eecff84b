import autocannon, { type Request } from 'autocannon'

export type LoadFigures = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** How long it ran (autocannon stops on its next one-second tick). */
  seconds: number
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number
}

export type LoadRequest = {
  method?: 'GET' | 'POST'
  /** A fixed path, or one per request (say, a different tracking number each time). */
  path: string | (() => string)
  body?: unknown
}

/**
 * `connections` clients sending `request` back to back for `seconds`
 * (autocannon), from this process.
 */
export async function load(
  baseUrl: string,
  request: LoadRequest,
  options: { connections: number; seconds: number; headers?: Record<string, string> }
): Promise<LoadFigures> {
  const firstPath = typeof request.path === 'string' ? request.path : request.path()
  const nextPath = request.path
  const result = await autocannon({
    url: baseUrl + firstPath,
    connections: options.connections,
    duration: options.seconds,
    method: request.method ?? 'GET',
    headers: {
      accept: 'application/json',
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    requests:
      typeof nextPath === 'string'
        ? undefined
        : [{ setupRequest: (req: Request) => ({ ...req, path: nextPath() }) }],
  })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
  }
}
