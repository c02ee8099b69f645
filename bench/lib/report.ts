// What a benchmark returns, the table run.ts prints, and the JSON it writes. A row states a figure,
// the floor measured in the same run, and the target; "met" is information, never an assertion.

export interface Row {
  figure: string
  value: number
  unit: string
  /** The same figure for the floor (the runtime or a minimal server doing the same job), if any. */
  floor?: number
  /** What the issue asks for, in words. */
  target?: string
  met?: boolean
}

export interface BenchResult {
  name: string
  rows: Row[]
  /** Everything else worth keeping (raw samples, settings), for the JSON only. */
  details: Record<string, unknown>
  error?: string
  seconds: number
}

/** About three significant figures; whole numbers (counts) stay whole. */
const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n)
    ? ''
    : Number.isInteger(n) || Math.abs(n) >= 100
      ? n.toFixed(0)
      : n.toFixed(Math.abs(n) >= 10 ? 1 : 2)

export function table(results: BenchResult[]): string {
  const head = ['benchmark', 'figure', 'value', 'floor', 'x floor', 'target', 'met']
  const lines: string[][] = []
  for (const r of results) {
    if (r.error) lines.push([r.name, 'FAILED', '', '', '', '', r.error.split('\n')[0]!.slice(0, 60)])
    for (const row of r.rows) {
      lines.push([
        r.name,
        row.figure,
        `${fmt(row.value)} ${row.unit}`,
        row.floor === undefined ? '' : `${fmt(row.floor)} ${row.unit}`,
        row.floor ? `${(row.value / row.floor).toFixed(2)}x` : '',
        row.target ?? '',
        row.met === undefined ? '' : row.met ? 'yes' : 'NO',
      ])
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)))
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(line)].join('\n')
}
