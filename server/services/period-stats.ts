// The dashboard's figures over a chosen period: registrations per day, per fair, per township, per
// source (device, poster or a channel without one) and per follow-up status, and the funnel
// QR shown -> scanned -> registered per source and per job. Names are resolved here, so the admin
// draws the charts without loading every list.
import type { Fair, Job, Registration, Venue } from '../../content/model.ts'
import { chinaDay, eachDay } from '../../client/china-day.ts'
import { funnel, type FunnelRow } from './funnel.ts'

export interface Count {
  id: string
  label: string
  count: number
}
export interface SourceCount extends Count {
  /** A device or poster id, or a channel with no device or poster (label then empty). */
  kind: 'device' | 'poster' | 'channel'
}
export interface FunnelLine {
  id: string
  label: string
  /** A source that is no device: a printed poster's id. */
  poster?: true
  shown: number
  scanned: number
  registered: number
}

export interface PeriodStats {
  from: string
  to: string
  registrations: number
  perDay: Record<string, number>
  perChannel: Record<string, number>
  perStatus: Record<string, number>
  perDevice: Record<string, number>
  perFair: Record<string, number>
  byFair: Count[]
  byTownship: Count[]
  bySource: SourceCount[]
  funnelBySource: FunnelLine[]
  funnelByJob: FunnelLine[]
}

export interface PeriodInput {
  from: string
  to: string
  registrations: Iterable<Registration>
  jobs: ReadonlyMap<string, Job>
  fairs: ReadonlyMap<string, Fair>
  venues: ReadonlyMap<string, Venue>
  devices: ReadonlyMap<string, { name: string; venueId?: string }>
  usage: (day: string) => ReadonlyMap<string, number>
  /** An operator's townships: only registrations in them (by the person's or the job's township). */
  scope?: string[]
}

/** Where a registration counts: the person's township, else its first job's, else its fair's. */
export function townshipOf(
  r: Registration,
  content: Pick<PeriodInput, 'jobs' | 'fairs' | 'venues'>,
): string | undefined {
  if (r.township) return r.township
  const job = r.jobIds.map((id) => content.jobs.get(id)).find((j) => j !== undefined)
  if (job) return job.township
  return fairTownship(r.fairId ? content.fairs.get(r.fairId) : undefined, content.venues)
}

const fairTownship = (fair: Fair | undefined, venues: ReadonlyMap<string, Venue>) =>
  fair?.township ?? (fair?.venueId ? venues.get(fair.venueId)?.township : undefined)

/**
 * An operator's funnel rows: its townships' jobs and fairs, and general codes (no job or fair) on
 * devices placed at its venues. Everyone else's rows are the whole county.
 */
export function funnelInScope(
  rows: FunnelRow[],
  input: Pick<PeriodInput, 'jobs' | 'fairs' | 'venues' | 'devices' | 'scope'>,
): FunnelRow[] {
  const { scope } = input
  if (!scope) return rows
  const township = (row: FunnelRow) => {
    if (row.kind === 'job') return input.jobs.get(row.id ?? '')?.township
    if (row.kind === 'fair') return fairTownship(input.fairs.get(row.id ?? ''), input.venues)
    const venueId = input.devices.get(row.source)?.venueId
    return venueId ? input.venues.get(venueId)?.township : undefined
  }
  return rows.filter((row) => {
    const t = township(row)
    return t !== undefined && scope.includes(t)
  })
}

export function periodStats(input: PeriodInput): PeriodStats {
  const { from, to, fairs, devices } = input
  const perDay: Record<string, number> = {}
  const perChannel: Record<string, number> = {}
  const perStatus: Record<string, number> = {}
  const perDevice: Record<string, number> = {}
  const perFair: Record<string, number> = {}
  const perTownship: Record<string, number> = {}
  const perSource = new Map<string, SourceCount>()
  const inPeriod: Registration[] = []
  const bump = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1)

  for (const r of input.registrations) {
    const day = chinaDay(r.createdAt)
    if (day < from || day > to) continue
    const township = townshipOf(r, input)
    if (input.scope && !(township && input.scope.includes(township))) continue
    inPeriod.push(r)
    bump(perDay, day)
    bump(perChannel, r.source.channel)
    bump(perStatus, r.status)
    bump(perTownship, township ?? '')
    if (r.source.device) bump(perDevice, r.source.device)
    if (r.fairId) bump(perFair, r.fairId)
    const [kind, id] = r.source.device
      ? (['device', r.source.device] as const)
      : r.source.poster
        ? (['poster', r.source.poster] as const)
        : (['channel', r.source.channel] as const)
    const key = `${kind}|${id}`
    const found = perSource.get(key)
    if (found) found.count++
    else
      perSource.set(key, {
        id,
        kind,
        label: kind === 'device' ? (devices.get(id)?.name ?? id) : kind === 'poster' ? id : '',
        count: 1,
      })
  }

  const counts = (table: Record<string, number>, label: (id: string) => string): Count[] =>
    Object.entries(table)
      .map(([id, count]) => ({ id, label: label(id), count }))
      .sort((a, b) => b.count - a.count)

  // Usage counts of every day in the period, summed into one table for the funnel.
  const usage = new Map<string, number>()
  for (const day of eachDay(from, to)) {
    for (const [key, n] of input.usage(day)) usage.set(key, (usage.get(key) ?? 0) + n)
  }
  const rows = funnelInScope(funnel(usage, inPeriod), input)
  const group = (key: (r: (typeof rows)[number]) => string | undefined, label: (id: string) => string) => {
    const lines = new Map<string, FunnelLine>()
    for (const r of rows) {
      const id = key(r)
      if (!id) continue
      let line = lines.get(id)
      if (!line) lines.set(id, (line = { id, label: label(id), shown: 0, scanned: 0, registered: 0 }))
      line.shown += r.shown
      line.scanned += r.scanned
      line.registered += r.registered
    }
    return [...lines.values()].sort(
      (a, b) => b.registered - a.registered || b.scanned - a.scanned || b.shown - a.shown,
    )
  }

  return {
    from,
    to,
    registrations: inPeriod.length,
    perDay,
    perChannel,
    perStatus,
    perDevice,
    perFair,
    byFair: counts(perFair, (id) => fairs.get(id)?.title ?? id),
    byTownship: counts(perTownship, (id) => id),
    bySource: [...perSource.values()].sort((a, b) => b.count - a.count),
    funnelBySource: group(
      (r) => r.source,
      (id) => devices.get(id)?.name ?? id,
    ).map((line) => (devices.has(line.id) ? line : { ...line, poster: true as const })),
    funnelByJob: group(
      (r) => (r.kind === 'job' ? r.id : undefined),
      (id) => input.jobs.get(id)?.title ?? id,
    ),
  }
}
