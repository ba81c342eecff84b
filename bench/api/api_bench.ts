import { randomInt } from 'node:crypto'
import { load, type LoadFigures, type LoadRequest } from '#bench/api/load'
import type { ServerProcess } from '#bench/api/server_process'
import { benchTrackingNumber } from '#bench/seed'
import { median } from '#bench/report'
import { cpuUsedMs, processCpuMs, processesNamed } from '#bench/processes'

const ITEMS = '/api/v1/shipping/shippingitems/'
const TRANSPORTS = '/api/v1/shipping/transports/'
export const WRITE_SKU = 'BENCH-WRITE'

export type Scenario = {
  name: string
  request: LoadRequest
  /** Whether the bare baseline answers it too. */
  baseline: boolean
}

/**
 * CPU time per request (ms) over a server's rounds: the server process's
 * own, and PostgreSQL's (every `postgres` process) while they ran; null
 * where /proc cannot tell.
 */
export type CpuPerRequest = { server: number | null; postgres: number | null }

export type ServerFigures = LoadFigures & { peakRssBytes: number; cpuPerRequest: CpuPerRequest }

export type ScenarioFigures = {
  items: number
  scenario: string
  waybill: ServerFigures
  baseline: ServerFigures | null
  /** Waybill/baseline req/s of each round, in order (none without a baseline). */
  roundRatios: number[]
}

/** Rounds a scenario with a baseline is split into, about `seconds` long in all per server. */
function roundsFor(seconds: number) {
  return Math.max(1, Math.min(4, Math.floor(seconds / 5)))
}

/** The page 90% of the way down a list of `rows` rows, 10 per page. */
export function deepPageOf(rows: number) {
  return Math.max(1, Math.floor(Math.ceil(rows / 10) * 0.9))
}

/**
 * The API scenarios for a data set of `items` items, `completed` of them
 * COMPLETED: the paged item list (page 1 and a page 90% of the way down,
 * both filtered by status), item detail (a random item each request), the
 * transport list, and one write (create an item).
 */
export function scenarios(items: number, completed: number): Scenario[] {
  const deepPage = deepPageOf(completed)
  return [
    {
      name: 'item list, page 1, status=COMPLETED',
      request: { path: `${ITEMS}?status=COMPLETED` },
      baseline: true,
    },
    {
      name: `item list, page ${deepPage.toLocaleString('en')}, status=COMPLETED`,
      request: { path: `${ITEMS}?status=COMPLETED&page=${deepPage}` },
      baseline: true,
    },
    {
      name: 'item detail',
      request: { path: () => `${ITEMS}${benchTrackingNumber(randomInt(0, items))}` },
      baseline: true,
    },
    { name: 'transport list, page 1', request: { path: TRANSPORTS }, baseline: false },
    {
      name: 'create item',
      request: { method: 'POST', path: ITEMS, body: { sku: WRITE_SKU } },
      baseline: false,
    },
  ]
}

/**
 * Runs each scenario against Waybill (with the staff member's bearer token)
 * and, where it can answer, the baseline; each server gets a short
 * unmeasured warm-up, and its peak RSS is measured over the scenario.
 *
 * With a baseline, the scenario's time is split into rounds (`roundsFor`)
 * that alternate between the two servers (Waybill first, then the baseline
 * first, …): on a shared machine whose speed drifts from minute to minute,
 * each round's ratio compares two runs a few seconds apart, and the report
 * gives their median.
 */
export async function benchApi(options: {
  items: number
  completed: number
  waybill: ServerProcess
  baseline: ServerProcess
  accessToken: string
  connections: number
  seconds: number
  warmupSeconds: number
  afterWrite: () => Promise<void>
}): Promise<ScenarioFigures[]> {
  const figures: ScenarioFigures[] = []
  const auth = { authorization: `Bearer ${options.accessToken}` }

  for (const scenario of scenarios(options.items, options.completed)) {
    const servers: Measured[] = [{ server: options.waybill, headers: auth, runs: [], cpu: [] }]
    if (scenario.baseline) {
      await sameAnswers(scenario, [options.waybill, auth], [options.baseline, {}])
      servers.push({ server: options.baseline, headers: {}, runs: [], cpu: [] })
    }
    const rounds = scenario.baseline ? roundsFor(options.seconds) : 1
    // Whole seconds: autocannon stops on its next one-second tick.
    const roundSeconds = Math.max(1, Math.round(options.seconds / rounds))
    // The baseline warms up first, so Waybill's first round follows its own warm-up.
    for (const { server, headers } of [...servers].reverse()) {
      await answersOk(server, scenario.request, headers)
      if (options.warmupSeconds > 0) {
        const settings = { connections: options.connections, headers }
        await load(server.url, scenario.request, { ...settings, seconds: options.warmupSeconds })
      }
      await server.resetPeakMemory()
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? servers : [...servers].reverse()
      for (const measured of order) {
        const cpuBefore = cpuOf(measured.server)
        const run = await load(measured.server.url, scenario.request, {
          connections: options.connections,
          headers: measured.headers,
          seconds: roundSeconds,
        })
        const cpuAfter = cpuOf(measured.server)
        if (run.requests === 0) throw new Error(`${measured.server.name} answered nothing`)
        measured.runs.push(run)
        measured.cpu.push({
          server: cpuUsedMs(cpuBefore.server, cpuAfter.server),
          postgres: cpuUsedMs(cpuBefore.postgres, cpuAfter.postgres),
        })
      }
    }
    const [waybill, baseline] = await Promise.all(servers.map(combined))
    if (scenario.request.method === 'POST') await options.afterWrite()

    const rate = (run: LoadFigures) => run.requests / run.seconds
    figures.push({
      items: options.items,
      scenario: scenario.name,
      waybill,
      baseline: baseline ?? null,
      roundRatios: baseline
        ? servers[0].runs.map((run, round) => rate(run) / rate(servers[1].runs[round]))
        : [],
    })
  }
  return figures
}

type Measured = {
  server: ServerProcess
  headers: Record<string, string>
  runs: LoadFigures[]
  /** CPU time (ms) used in each round, as `runs`. */
  cpu: { server: number | null; postgres: number | null }[]
}

/** CPU time so far of the server process and of every PostgreSQL process (`processCpuMs`). */
function cpuOf(server: ServerProcess) {
  return { server: processCpuMs([server.pid]), postgres: processCpuMs(processesNamed('postgres')) }
}

/**
 * One server's rounds as one run: its requests over the time they took,
 * the median of the rounds' p50s, the worst round's p99, every error, its
 * peak RSS over them all, and the CPU time per request over them all.
 */
async function combined({ server, runs, cpu }: Measured): Promise<ServerFigures> {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  const perRequest = (part: 'server' | 'postgres') =>
    cpu.some((round) => round[part] === null)
      ? null
      : cpu.reduce((sum, round) => sum + round[part]!, 0) / requests
  return {
    cpuPerRequest: { server: perRequest('server'), postgres: perRequest('postgres') },
    requestsPerSecond: requests / seconds,
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    requests,
    seconds,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    peakRssBytes: await server.peakMemory(),
  }
}

/**
 * The baseline must give the same answer as Waybill (links aside, which
 * name each server's own port), or the ratio would compare different work.
 */
async function sameAnswers(
  scenario: Scenario,
  ...servers: [ServerProcess, Record<string, string>][]
) {
  // One path for both (a scenario may pick a random item per request).
  const { path } = scenario.request
  const request = { ...scenario.request, path: typeof path === 'string' ? path : path() }
  const answers = await Promise.all(
    servers.map(async ([server, headers]) => {
      const text = await answersOk(server, request, headers)
      return text.replaceAll(server.url, 'http://server')
    })
  )
  if (answers[0] !== answers[1]) {
    throw new Error(
      `The baseline's answer to ${scenario.name} differs from Waybill's:\n${answers.join('\n')}`
    )
  }
}

/**
 * One request, which must succeed (201 for a create, 200 otherwise): a
 * refusal (say, an expired token) stops the run. Answers the body.
 */
async function answersOk(
  server: ServerProcess,
  request: LoadRequest,
  headers: Record<string, string>
): Promise<string> {
  const method = request.method ?? 'GET'
  const path = typeof request.path === 'string' ? request.path : request.path()
  const response = await fetch(server.url + path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  })
  const text = await response.text()
  const expected = method === 'POST' ? 201 : 200
  if (response.status !== expected) {
    throw new Error(`${server.name} answered ${method} ${path} with ${response.status}: ${text}`)
  }
  return text
}
