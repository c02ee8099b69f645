// Work the hub does by the clock: push the moment an item stops being visible (a job past its
// validUntil, a fair that ended, an expired broadcast), mark silent devices offline, and once a day
// take a backup and delete registrations older than the retention period.
import type { Stores } from '../store/index.ts'
import type { Broadcasts } from './broadcasts.ts'
import { retentionCutoff } from './retention.ts'

const HOUR = 3600_000
const MAX_TIMER = HOUR

export interface SchedulerDeps {
  stores: Stores
  broadcasts: Broadcasts
  /** Read at each daily run: staff may change it in the admin between runs. */
  retentionDays: () => number
  now: () => number
  /** Called for broadcasts whose time ran out, once each. */
  broadcastsEnded(ids: string[]): void
  sweepDevices(): void
  /** Called after the daily purge deleted registrations (for the audit log). */
  purged?(deleted: number, retentionDays: number): Promise<void>
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void }
}

export interface Scheduler {
  /** Re-plans the visibility timer; called after every content commit. */
  replan(): void
  /** Runs the daily work now (backup, retention); idempotent within a day. */
  daily(): Promise<void>
  stop(): void
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { stores, now, log } = deps
  let visibilityTimer: NodeJS.Timeout | undefined
  let stopped = false
  const announcedEnded = new Set<string>()

  async function refresh() {
    try {
      const payload = await stores.content.refreshVisibility()
      if (payload)
        log.info({ rev: payload.rev, ops: payload.ops.length }, 'items reached the end of their time')
    } catch (error) {
      log.error({ err: error }, 'could not commit expired items; retrying in a minute')
      schedule(now() + 60_000)
      return
    }
    endBroadcasts()
    replan()
  }

  function endBroadcasts() {
    const at = now()
    const ended = deps.broadcasts
      .list()
      .filter((b) => !b.endedAt && Date.parse(b.until) <= at && !announcedEnded.has(b.id))
      .map((b) => b.id)
    for (const id of ended) announcedEnded.add(id)
    if (ended.length > 0) deps.broadcastsEnded(ended)
  }

  function nextBroadcastEnd(): number | undefined {
    let next: number | undefined
    for (const b of deps.broadcasts.list()) {
      if (b.endedAt || announcedEnded.has(b.id)) continue
      const until = Date.parse(b.until)
      if (next === undefined || until < next) next = until
    }
    return next
  }

  function schedule(at: number) {
    if (stopped) return
    clearTimeout(visibilityTimer)
    const delay = Math.min(MAX_TIMER, Math.max(0, at - now()))
    visibilityTimer = setTimeout(refresh, delay + 5)
    visibilityTimer.unref()
  }

  function replan() {
    const candidates = [stores.content.nextVisibilityEnd(), nextBroadcastEnd()].filter(
      (t): t is number => t !== undefined,
    )
    schedule(candidates.length ? Math.min(...candidates) : now() + MAX_TIMER)
  }

  async function daily() {
    try {
      await stores.ready
      const dir = await stores.backup(new Date(now()))
      if (dir) log.info({ dir }, 'daily backup taken')
      const retentionDays = deps.retentionDays()
      const cutoff = retentionCutoff(retentionDays, now())
      const old = [...stores.registrations.all()]
        .filter((r) => Date.parse(r.createdAt) < cutoff)
        .map((r) => r.id)
      if (old.length > 0) {
        await stores.registrations.remove(old)
        await stores.registrations.compact()
        log.info({ deleted: old.length, retentionDays }, 'old registrations deleted')
        await deps.purged?.(old.length, retentionDays)
      }
    } catch (error) {
      log.error({ err: error }, 'daily backup or retention failed')
    }
  }

  const sweeper = setInterval(() => deps.sweepDevices(), 15_000)
  sweeper.unref()
  const dailyTimer = setInterval(() => void daily(), HOUR)
  dailyTimer.unref()
  // Items that ran out while the hub was down are taken off at once.
  void refresh()

  return {
    replan,
    daily,
    stop() {
      stopped = true
      clearTimeout(visibilityTimer)
      clearInterval(sweeper)
      clearInterval(dailyTimer)
    },
  }
}
