import { existsSync, readFileSync, readdirSync } from 'node:fs'

/** Clock ticks per second of `/proc/<pid>/stat`'s CPU times (Linux's USER_HZ on x86 and arm64). */
const TICKS_PER_SECOND = 100

/**
 * CPU time (ms, user + system, every thread) each process has used so far,
 * from `/proc/<pid>/stat`, by pid and start time (a pid used again is
 * another process); null off Linux. A process that has exited is left out.
 */
export function processCpuMs(pids: number[]): Map<string, number> | null {
  if (!existsSync('/proc/self/stat')) return null
  const used = new Map<string, number>()
  for (const pid of pids) {
    let stat: string
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue
    }
    // Fields after the command's closing parenthesis, from the 3rd: utime and
    // stime are the 14th and 15th, the start time the 22nd.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const cpu = Number(fields[11]) + Number(fields[12])
    used.set(`${pid}@${fields[19]}`, (cpu * 1000) / TICKS_PER_SECOND)
  }
  return used
}

/** The pids of this machine's processes whose command is `name` (none off Linux). */
export function processesNamed(name: string): number[] {
  if (!existsSync('/proc/self/comm')) return []
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry))
    } catch {
      // Exited since the listing.
    }
  }
  return pids
}

/**
 * CPU time (ms) the processes of `after` used since `before` (both from
 * `processCpuMs`); one that started in between counts from its start.
 * Null where /proc cannot tell.
 */
export function cpuUsedMs(
  before: Map<string, number> | null,
  after: Map<string, number> | null
): number | null {
  if (before === null || after === null) return null
  let used = 0
  for (const [key, ms] of after) used += ms - (before.get(key) ?? 0)
  return used
}
