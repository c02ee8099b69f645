// Counts of what people saw and did, for the funnel shown -> scanned -> registered: views and taps
// reported by devices (`track`), QR scans (hits on phone pages). Kept per day and source in memory.
// TODO(persistence): counts are lost on restart; the admin issue moves them into a journal.
import { localDay } from '../store/backups.ts'

export type MetricType = 'view' | 'tap' | 'scene' | 'qr-shown' | 'scan'

export interface Metrics {
  add(
    type: MetricType,
    source: string | undefined,
    kind: string | undefined,
    id: string | undefined,
    count?: number,
  ): void
  /** Totals for a day, keyed "type|source|kind|id". */
  day(date?: Date): Map<string, number>
}

export function createMetrics(now: () => number): Metrics {
  const days = new Map<string, Map<string, number>>()
  return {
    add(type, source, kind, id, count = 1) {
      const day = localDay(new Date(now()))
      let table = days.get(day)
      if (!table) {
        days.set(day, (table = new Map()))
        // Keep about two months in memory.
        if (days.size > 62) days.delete(days.keys().next().value!)
      }
      const key = `${type}|${source ?? ''}|${kind ?? ''}|${id ?? ''}`
      if (table.size < 200_000 || table.has(key)) table.set(key, (table.get(key) ?? 0) + count)
    },
    day: (date = new Date(now())) => days.get(localDay(date)) ?? new Map(),
  }
}
