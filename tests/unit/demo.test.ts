import { describe, expect, it } from 'vitest'
import { CATEGORIES, FAIR_KINDS, VENUE_KINDS } from '../../content/catalog.ts'
import { createDemoContent } from '../../content/demo/index.ts'
import {
  AnnouncementInput,
  EmployerInput,
  FairInput,
  JobInput,
  Settings,
  VenueInput,
  Announcement,
  Employer,
  Fair,
  Job,
  Venue,
} from '../../content/model.ts'
import { check } from '../../content/validate.ts'
import type { TSchema } from 'typebox'

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** 13:00 Beijing time. */
const NOW = new Date('2026-03-10T05:00:00.000Z')
const demo = createDemoContent(NOW)
const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]))
const ms = (iso: string) => Date.parse(iso)
/** "YYYY-MM-DD" of an instant in Beijing time. */
const beijingDate = (t: number) => new Date(t + 8 * HOUR).toISOString().slice(0, 10)

/** Validates against the stored schema, then the fields against the closed input schema: since the
 * validator strips unknown properties, anything it removed is reported as an unknown field. */
function problems(stored: TSchema, input: TSchema, item: { id: string }) {
  const found: unknown[] = []
  const whole = check(stored, structuredClone(item))
  if (!whole.ok) found.push(...whole.fields)
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = item as Record<string, unknown>
  const copy = structuredClone(fields)
  const result = check(input, copy)
  if (!result.ok) found.push(...result.fields)
  else if (JSON.stringify(copy) !== JSON.stringify(fields)) found.push('has fields the model does not know')
  return { id: item.id, problems: found }
}

describe('demo content', () => {
  it('validates against the content model', () => {
    const settings = structuredClone(demo.settings)
    const result = check(Settings, settings)
    expect(result.ok ? [] : result.fields).toEqual([])
    expect(settings).toEqual(demo.settings)
    const pairs: [TSchema, TSchema, { id: string }[]][] = [
      [Employer, EmployerInput, demo.employers],
      [Job, JobInput, demo.jobs],
      [Fair, FairInput, demo.fairs],
      [Venue, VenueInput, demo.venues],
      [Announcement, AnnouncementInput, demo.announcements],
    ]
    for (const [stored, input, items] of pairs) {
      for (const item of items) expect(problems(stored, input, item)).toEqual({ id: item.id, problems: [] })
    }
  })

  it('has enough of everything', () => {
    expect(demo.settings.townships.length).toBeGreaterThanOrEqual(8)
    expect(demo.employers.length).toBeGreaterThanOrEqual(12)
    expect(demo.jobs.length).toBeGreaterThanOrEqual(60)
    expect(new Set(demo.jobs.map((j) => j.category))).toEqual(new Set(Object.keys(CATEGORIES)))
    expect(demo.fairs.length).toBeGreaterThanOrEqual(5)
    const fairKinds = new Set(demo.fairs.map((f) => f.kind))
    for (const kind of ['spring-breeze', 'night-market', 'special', 'caravan', 'livestream']) {
      expect(Object.keys(FAIR_KINDS)).toContain(kind)
      expect(fairKinds, kind).toContain(kind)
    }
    expect(new Set(demo.venues.map((v) => v.kind))).toEqual(new Set(Object.keys(VENUE_KINDS)))
    expect(demo.announcements.length).toBeGreaterThanOrEqual(6)
    expect(demo.announcements.filter((a) => a.kind === 'notice')).toHaveLength(1)
    expect(demo.announcements.filter((a) => a.pinned)).toHaveLength(1)
    expect(demo.announcements.every((a) => a.status === 'published')).toBe(true)
  })

  it('uses unique, readable ids', () => {
    const all = [demo.employers, demo.jobs, demo.fairs, demo.venues, demo.announcements]
      .flat()
      .map((x) => x.id)
    expect(new Set(all).size).toBe(all.length)
    for (const id of all) expect(id).toMatch(/^(emp|job|fair|venue|ann)-[a-z0-9-]+$/)
  })

  it('links jobs, booths and fairs to things that exist', () => {
    const employers = byId(demo.employers)
    const jobs = byId(demo.jobs)
    const venues = byId(demo.venues)
    for (const job of demo.jobs) expect(employers.has(job.employerId), job.id).toBe(true)
    for (const fair of demo.fairs) {
      expect(venues.has(fair.venueId ?? ''), fair.id).toBe(true)
      expect(fair.township).toBe(venues.get(fair.venueId ?? '')?.township)
      expect(fair.booths.length, fair.id).toBeGreaterThan(0)
      expect(new Set(fair.booths.map((b) => b.number)).size, fair.id).toBe(fair.booths.length)
      for (const booth of fair.booths) {
        const where = `${fair.id} ${booth.number}`
        expect(employers.has(booth.employerId), where).toBe(true)
        expect(booth.jobIds.length, where).toBeGreaterThan(0)
        for (const jobId of booth.jobIds) {
          const job = jobs.get(jobId)
          expect(job?.employerId, `${where} ${jobId}`).toBe(booth.employerId)
          expect(job?.status, `${where} ${jobId}`).not.toBe('draft')
        }
      }
    }
    const townships = new Set(demo.settings.townships)
    for (const x of [...demo.jobs, ...demo.venues, ...demo.employers])
      expect(townships, x.id).toContain(x.township)
  })

  it('has a fair on today, whatever the hour', () => {
    for (const hour of [0.2, 3, 8.5, 9, 13, 16.5, 19, 23.9]) {
      // `hour` o'clock Beijing time on 10 March 2026.
      const now = new Date(Date.UTC(2026, 2, 9, 16) + hour * HOUR)
      const on = createDemoContent(now).fairs.filter(
        (f) => ms(f.startsAt) <= now.getTime() && now.getTime() < ms(f.endsAt),
      )
      expect(on.length, `at ${hour}h`).toBeGreaterThanOrEqual(1)
      for (const f of on) expect(beijingDate(ms(f.startsAt)), `at ${hour}h`).toBe(beijingDate(now.getTime()))
    }
  })

  it('schedules fairs at sensible Beijing hours', () => {
    const now = NOW.getTime()
    const future = demo.fairs.filter((f) => ms(f.startsAt) > now)
    expect(future.length).toBeGreaterThanOrEqual(3)
    for (const f of demo.fairs) {
      expect(ms(f.startsAt), f.id).toBeLessThan(ms(f.endsAt))
      expect(ms(f.endsAt) - ms(f.startsAt), f.id).toBeLessThan(16 * HOUR)
      expect(ms(f.startsAt), f.id).toBeLessThan(now + 60 * DAY)
      for (const s of f.sessions) {
        expect(ms(s.startsAt), `${f.id} ${s.title}`).toBeGreaterThanOrEqual(ms(f.startsAt))
        expect(ms(s.endsAt), `${f.id} ${s.title}`).toBeLessThanOrEqual(ms(f.endsAt))
        expect(ms(s.startsAt)).toBeLessThan(ms(s.endsAt))
      }
    }
    const night = demo.fairs.find((f) => f.kind === 'night-market')!
    expect(new Date(ms(night.startsAt) + 8 * HOUR).getUTCHours()).toBeGreaterThanOrEqual(18)
    const live = demo.fairs.find((f) => f.kind === 'livestream')!
    expect(live.liveUrl).toMatch(/^https:\/\//)
  })

  it('gives jobs believable statuses, pay, ages and expiry', () => {
    const now = NOW.getTime()
    const statuses = demo.jobs.map((j) => j.status)
    expect(statuses.filter((s) => s === 'draft').length).toBeGreaterThanOrEqual(2)
    expect(statuses.filter((s) => s === 'filled').length).toBeGreaterThanOrEqual(1)
    expect(statuses.filter((s) => s === 'published').length).toBeGreaterThan(demo.jobs.length * 0.9)
    const soon = demo.jobs.filter((j) => ms(j.validUntil!) < now + 12 * HOUR)
    expect(soon.length).toBeGreaterThanOrEqual(2)
    expect(soon.length).toBeLessThanOrEqual(3)
    for (const job of demo.jobs) {
      const until = ms(job.validUntil!)
      expect(until, job.id).toBeGreaterThan(now)
      expect(until, job.id).toBeLessThan(now + 91 * DAY)
      if (!soon.includes(job)) expect(until, job.id).toBeGreaterThan(now + 9 * DAY)
      expect(job.salary.max ?? job.salary.min, job.id).toBeGreaterThanOrEqual(job.salary.min)
      expect(job.ageMin!, job.id).toBeLessThanOrEqual(job.ageMax!)
      if (job.tags.includes('older-friendly')) expect(job.ageMax!, job.id).toBeGreaterThanOrEqual(50)
      if (job.salary.unit === 'piece') expect(job.salary.note, job.id).toBeTruthy()
      if (job.category === 'public-welfare') {
        expect(job.salary.min, job.id).toBeGreaterThanOrEqual(1900)
        expect(job.salary.max ?? job.salary.min, job.id).toBeLessThanOrEqual(2200)
        expect(job.tags, job.id).toContain('public-welfare')
      }
      if (job.category === 'internship') expect(job.tags, job.id).toContain('internship')
      if (job.salary.unit === 'hour') expect(job.salary.max ?? job.salary.min, job.id).toBeLessThanOrEqual(25)
      if (job.location) {
        expect(job.location.lat, job.id).toBeGreaterThan(27.8)
        expect(job.location.lat, job.id).toBeLessThan(28.2)
        expect(job.location.lng, job.id).toBeGreaterThan(112.8)
        expect(job.location.lng, job.id).toBeLessThan(113.3)
      }
    }
    expect(demo.jobs.filter((j) => j.tags.includes('older-friendly')).length).toBeGreaterThanOrEqual(20)
  })

  it('lists office landlines only', () => {
    const numbers = [
      demo.settings.hotline,
      ...demo.employers.map((e) => e.contactOffice),
      ...demo.jobs.map((j) => j.contactPhone),
    ]
    for (const n of numbers) expect(n).toMatch(/^0731-8\d{7}(转\d+)?$/)
    expect(demo.announcements.map((a) => a.body).join('\n')).not.toMatch(/1[3-9]\d{9}/)
  })

  it('stamps everything in the past and ISO form', () => {
    const now = NOW.getTime()
    for (const x of [demo.employers, demo.jobs, demo.fairs, demo.venues, demo.announcements].flat()) {
      expect(new Date(x.createdAt).toISOString(), x.id).toBe(x.createdAt)
      expect(ms(x.createdAt), x.id).toBeLessThanOrEqual(ms(x.updatedAt))
      expect(ms(x.updatedAt), x.id).toBeLessThan(now)
    }
  })

  it('moves every date with `now`', () => {
    const shift = 17 * DAY
    const later = createDemoContent(new Date(NOW.getTime() + shift))
    const early = demo.jobs.map((j) => ms(j.validUntil!))
    const late = later.jobs.map((j) => ms(j.validUntil!))
    expect(late.map((t, i) => t - early[i]!)).toEqual(early.map(() => shift))
    // And every other timestamp anywhere in the content.
    const isoTimes = (content: unknown) =>
      JSON.stringify(content).match(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) ?? []
    const a = isoTimes(demo)
    const b = isoTimes(later)
    expect(a.length).toBeGreaterThan(200)
    expect(b.map((t, i) => ms(t) - ms(a[i]!))).toEqual(a.map(() => shift))
  })

  it('returns fresh objects and rejects a bad date', () => {
    const first = createDemoContent(NOW)
    first.jobs[0]!.salary.min = 1
    first.jobs[0]!.tags.push('urgent')
    first.settings.townships.push('别处')
    const second = createDemoContent(NOW)
    expect(second).toEqual(demo)
    expect(() => createDemoContent(new Date('not a date'))).toThrow(RangeError)
  })
})
