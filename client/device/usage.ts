// Counts of what people looked at (job views, taps, scenes played, QR codes shown), added up on the
// device and sent once a minute as one `track` message rather than one message per touch; a face can
// send them sooner at a natural break (a kiosk visitor walking away).
type UsageType = 'view' | 'tap' | 'scene' | 'qr-shown'
type UsageKind = 'job' | 'fair' | 'announcement' | 'scene'
interface UsageEvent {
  type: UsageType
  kind?: UsageKind
  id?: string
  count: number
}

const FLUSH_MS = 60_000
const MAX_EVENTS = 500

/** `send` returns false when the hub is away; the counts then wait for the next minute. */
export function createUsageCounter(send: (events: UsageEvent[]) => boolean) {
  let counts = new Map<string, UsageEvent>()
  const flush = () => {
    if (counts.size === 0) return
    const events = [...counts.values()].slice(0, MAX_EVENTS)
    if (send(events)) counts = new Map()
  }
  const timer = setInterval(flush, FLUSH_MS)
  return {
    add(type: UsageType, kind?: UsageKind, id?: string) {
      const key = `${type}|${kind ?? ''}|${id ?? ''}`
      const found = counts.get(key)
      if (found) found.count++
      // A device offline for days keeps at most this many distinct counts, not an ever-growing map.
      else if (counts.size < MAX_EVENTS)
        counts.set(key, { type, ...(kind ? { kind } : {}), ...(id ? { id } : {}), count: 1 })
    },
    /** Sends what was counted now rather than at the next minute. */
    flush,
    stop: () => clearInterval(timer),
  }
}
