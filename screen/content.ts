// What each scene shows, picked from the device's snapshot. Pure functions of (snapshot, device, now):
// the hub already removes filled and expired items, but a screen running on its saved snapshot while
// the hub is away must drop them by itself, so every list checks the clock too.
import type { Announcement, Employer, Fair, Job, Snapshot } from '../content/model.ts'
import type { DeviceHello } from '../server/realtime/events.ts'
import { chinaDaysBetween } from '../client/china-day.ts'

const isOpen = (job: Job, now: number) =>
  job.status === 'published' && (!job.validUntil || Date.parse(job.validUntil) > now)

const isCurrent = (fair: Fair, now: number) => fair.status === 'published' && Date.parse(fair.endsAt) > now

/** Fairs not over yet, soonest first. */
export function upcomingFairs(snapshot: Snapshot, now: number): Fair[] {
  return snapshot.fairs
    .filter((fair) => isCurrent(fair, now))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
}

/**
 * The fair this screen is about: the one staff set in its config, else one at its venue that is on
 * now or later today. Undefined for a screen in a station or mall on a day without a fair there.
 */
export function screenFair(snapshot: Snapshot, device: DeviceHello | null, now: number): Fair | undefined {
  const fairs = upcomingFairs(snapshot, now)
  const configured = device?.config.fairId
  if (configured) {
    const fair = fairs.find((f) => f.id === configured)
    if (fair) return fair
  }
  if (!device?.venueId) return undefined
  return fairs.find((f) => f.venueId === device.venueId && chinaDaysBetween(now, Date.parse(f.startsAt)) <= 0)
}

export interface BoardRow {
  job: Job
  employer: string
  booth?: string
}

/** The job board: the screen's fair's jobs by booth, or every open job, newest first. */
export function boardRows(snapshot: Snapshot, fair: Fair | undefined, now: number): BoardRow[] {
  const employers = new Map(snapshot.employers.map((e) => [e.id, e]))
  const name = (id: string) => {
    const employer = employers.get(id)
    return employer?.shortName ?? employer?.name ?? ''
  }
  if (fair && fair.booths.length > 0) {
    const jobs = new Map(snapshot.jobs.map((j) => [j.id, j]))
    const rows: BoardRow[] = []
    for (const booth of fair.booths)
      for (const id of booth.jobIds) {
        const job = jobs.get(id)
        if (job && isOpen(job, now)) rows.push({ job, employer: name(job.employerId), booth: booth.number })
      }
    if (rows.length > 0) return rows
  }
  return snapshot.jobs
    .filter((job) => isOpen(job, now))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((job) => ({ job, employer: name(job.employerId) }))
}

export interface Spotlight {
  employer: Employer
  jobs: Job[]
  booth?: string
}

/** Employers worth a scene of their own: those with open jobs; at a fair, those with a booth first. */
export function spotlights(snapshot: Snapshot, fair: Fair | undefined, now: number): Spotlight[] {
  const byEmployer = new Map<string, Job[]>()
  for (const job of snapshot.jobs) {
    if (!isOpen(job, now)) continue
    const list = byEmployer.get(job.employerId)
    if (list) list.push(job)
    else byEmployer.set(job.employerId, [job])
  }
  const booths = new Map(fair?.booths.map((b) => [b.employerId, b.number]))
  const result: Spotlight[] = []
  for (const employer of snapshot.employers) {
    const jobs = byEmployer.get(employer.id)
    if (!jobs || employer.status === 'hidden') continue
    const booth = booths.get(employer.id)
    result.push({ employer, jobs, ...(booth ? { booth } : {}) })
  }
  return booths.size > 0 ? [...result.filter((s) => s.booth), ...result.filter((s) => !s.booth)] : result
}

/** Published policies and notices still valid, pinned first. */
export function notices(snapshot: Snapshot, now: number): Announcement[] {
  return snapshot.announcements
    .filter((a) => a.status === 'published' && (!a.validUntil || Date.parse(a.validUntil) > now))
    .sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned))
}

/** What the scan scene's QR code is for: the screen's fair, else the next fair anywhere, else a job. */
export type ScanTarget =
  { kind: 'fair'; id: string; title: string } | { kind: 'job'; id: string; title: string }

export function scanTarget(snapshot: Snapshot, fair: Fair | undefined, now: number): ScanTarget | undefined {
  const target = fair ?? upcomingFairs(snapshot, now)[0]
  if (target) return { kind: 'fair', id: target.id, title: target.title }
  const job = boardRows(snapshot, undefined, now)[0]
  return job ? { kind: 'job', id: job.job.id, title: `${job.employer} · ${job.job.title}` } : undefined
}
