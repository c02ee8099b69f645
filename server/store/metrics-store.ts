// Usage counts (views, taps, QR codes shown, scans) per day, so the funnel shown -> scanned ->
// registered survives restarts. Counts are appended as deltas to a journal and summed on open.
import { join } from 'node:path'
import { openJournal } from './journal.ts'

export const METRICS_FILE = 'metrics.jsonl'

type Entry = { day: string; counts: Record<string, number> }

export interface MetricsStore {
  /** Totals per day: day -> key -> count. */
  days: Map<string, Map<string, number>>
  /** Appends the deltas of one day; resolves once on disk. */
  append(day: string, counts: Record<string, number>): Promise<void>
  close(): Promise<void>
}

export async function openMetricsStore(
  dataDir: string,
  newestBackup: (name: string) => Promise<string | undefined>,
  log: (message: string) => void = () => {},
): Promise<MetricsStore> {
  const file = join(dataDir, METRICS_FILE)
  const opened = await openJournal<Entry>(
    file,
    (value) => {
      const entry = value as Entry
      if (typeof entry?.day !== 'string' || typeof entry.counts !== 'object' || entry.counts === null) {
        throw new Error('not a metrics record')
      }
      return entry
    },
    () => newestBackup(METRICS_FILE),
  )
  if (opened.repaired) log(`${file}: ${opened.repaired}`)
  const days = new Map<string, Map<string, number>>()
  const sum = (day: string, counts: Record<string, number>) => {
    let table = days.get(day)
    if (!table) days.set(day, (table = new Map()))
    for (const [key, n] of Object.entries(counts))
      if (Number.isFinite(n)) table.set(key, (table.get(key) ?? 0) + n)
  }
  for (const entry of opened.records) sum(entry.day, entry.counts)
  return {
    days,
    append: (day, counts) => opened.journal.append([{ day, counts }]),
    close: () => opened.journal.close(),
  }
}
