// Counts of what people saw and did, for the funnel shown -> scanned -> registered: views and taps
// reported by devices (`track`), QR scans (hits on phone pages). Summed in memory at once, written to
// the metrics journal every `flushMs` as one record of deltas per day.
import { chinaDay } from '../../client/china-day.ts'
import type { MetricsStore } from '../store/metrics-store.ts'

export type MetricType = 'view' | 'tap' | 'scene' | 'qr-shown' | 'scan'

/** A key per type, source (device or poster), kind and item; bounded so junk cannot grow it forever. */
const MAX_KEYS_PER_DAY = 200_000

export interface Metrics {
  add(
    type: MetricType,
    source: string | undefined,
    kind: string | undefined,
    id: string | undefined,
    count?: number,
  ): void
  /** Totals for a China day ("2026-12-03", today when left out), keyed "type|source|kind|id". */
  day(day?: string): Map<string, number>
  /** Writes what was counted since the last flush. */
  flush(): Promise<void>
  stop(): Promise<void>
}

export function createMetrics(store: MetricsStore, now: () => number, flushMs = 30_000): Metrics {
  let pending = new Map<string, Record<string, number>>()
  const metrics: Metrics = {
    add(type, source, kind, id, count = 1) {
      const day = chinaDay(now())
      let table = store.days.get(day)
      if (!table) store.days.set(day, (table = new Map()))
      const key = `${type}|${source ?? ''}|${kind ?? ''}|${id ?? ''}`
      if (table.size >= MAX_KEYS_PER_DAY && !table.has(key)) return
      table.set(key, (table.get(key) ?? 0) + count)
      let deltas = pending.get(day)
      if (!deltas) pending.set(day, (deltas = {}))
      deltas[key] = (deltas[key] ?? 0) + count
    },
    day: (day = chinaDay(now())) => store.days.get(day) ?? new Map(),
    async flush() {
      const batch = pending
      pending = new Map()
      for (const [day, counts] of batch) await store.append(day, counts)
    },
    async stop() {
      clearInterval(timer)
      await metrics.flush()
    },
  }
  const timer = setInterval(() => {
    metrics.flush().catch(() => {
      // The counts stay in memory and the next flush tries again with what comes after; losing a
      // few usage counts to a full disk is acceptable, unlike registrations.
    })
  }, flushMs)
  timer.unref()
  return metrics
}
