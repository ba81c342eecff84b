/** Markdown for the benchmark report. */
export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}

export const count = (value: number) => Math.round(value).toLocaleString('en')
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`
export const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`
export const ratio = (value: number) => `${value.toFixed(2)}×`
/** `now` against `before`, in whole percent with its sign: `+12%`, `-3%`. */
export const change = (now: number, before: number) =>
  `${now >= before ? '+' : ''}${Math.round((now / before - 1) * 100)}%`

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
