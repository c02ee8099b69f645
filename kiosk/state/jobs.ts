// What the kiosk shows, derived from the device's snapshot: open jobs with their employer, distance from
// the kiosk and a comparable monthly pay worked out once per snapshot, so that each change of filter is
// one cheap pass over the list (a province's 10,000 jobs within one frame).
import { computed } from '@preact/signals'
import { CATEGORIES, type Category, type Label } from '../../content/catalog.ts'
import type { Employer, Fair, Job, Location, Salary, Venue } from '../../content/model.ts'
import { lang } from '../../client/i18n/index.ts'
import { link, type JobFilters } from './store.ts'

export interface ShownJob {
  job: Job
  employer?: Employer
  /** km from the kiosk's venue, when both have a map pin. */
  distanceKm?: number
  /** Monthly-equivalent pay, for the salary band and sorting. */
  monthly: number
  posted: number
}

/** Great-circle distance in km. */
export function haversineKm(a: Location, b: Location): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Day and hour rates as a month of 26 working days of 8 hours; a piece rate's usual earnings as given. */
export function monthlyPay(salary: Salary): number {
  const top = salary.max ?? salary.min
  if (salary.unit === 'day') return top * 26
  if (salary.unit === 'hour') return top * 8 * 26
  return top
}

/** A catalogue label in the language shown. */
export const label = (l: Label) => (lang.value === 'zh-CN' ? l.zh : l.en)

export const snapshot = computed(() => link.value?.snapshot.value ?? null)

/** The venue the kiosk stands in, from the device record the hub sent. */
export const here = computed<Venue | undefined>(() => {
  const venueId = link.value?.device.value?.venueId
  return venueId ? snapshot.value?.venues.find((v) => v.id === venueId) : undefined
})

export const employersById = computed(
  () => new Map((snapshot.value?.employers ?? []).map((e) => [e.id, e] as const)),
)

/**
 * The jobs open now. The hub removes expired jobs itself, but a kiosk that has been offline for a day
 * must not keep offering yesterday's day work, so validUntil is checked here too.
 */
export const openJobs = computed<ShownJob[]>(() => {
  const snap = snapshot.value
  if (!snap) return []
  const now = Date.now()
  const origin = here.value?.location
  const employers = employersById.value
  const shown: ShownJob[] = []
  for (const job of snap.jobs) {
    if (job.status !== 'published' || (job.validUntil && Date.parse(job.validUntil) <= now)) continue
    const item: ShownJob = { job, monthly: monthlyPay(job.salary), posted: Date.parse(job.createdAt) }
    const employer = employers.get(job.employerId)
    if (employer) item.employer = employer
    if (origin && job.location) item.distanceKm = haversineKm(origin, job.location)
    shown.push(item)
  }
  return shown
})

export const isGig = (job: Job) => job.category === 'gig' || job.tags.includes('gig')

/** Open jobs per category, for the home tiles' live counts. */
export const categoryCounts = computed(() => {
  const counts = new Map<Category, number>()
  for (const { job } of openJobs.value) counts.set(job.category, (counts.get(job.category) ?? 0) + 1)
  return counts
})

export const NEAR_KM = 3
export const WIDER_KM = 10
/** Fewer than this within 3 km, and "near here" widens to 10 km rather than show an empty page. */
const ENOUGH_NEAR = 4

export interface FilterResult {
  items: ShownJob[]
  /** For "near here": the radius actually used. */
  radiusKm?: number
}

type Sort = JobFilters['sort']
const ORDERS: Record<Sort, (a: ShownJob, b: ShownJob) => number> = {
  newest: (a, b) => b.posted - a.posted,
  salary: (a, b) => b.monthly - a.monthly,
  // Jobs without a map pin (work that moves around) go last rather than vanish.
  distance: (a, b) => (a.distanceKm ?? 1e9) - (b.distanceKm ?? 1e9),
}

/**
 * The open jobs in the order asked for. Each order is sorted once per snapshot, when first wanted:
 * a tap on a filter is then one pass over a list already in order, not a sort of thousands.
 */
export const jobsSortedBy = computed(() => {
  const all = openJobs.value
  const orders = new Map<Sort, ShownJob[]>()
  return (sort: Sort): ShownJob[] => {
    let sorted = orders.get(sort)
    if (!sorted) orders.set(sort, (sorted = [...all].sort(ORDERS[sort])))
    return sorted
  }
})

/**
 * The jobs that pass the filters, in the order of `all`: pass `jobsSortedBy.value(f.sort)` for a list
 * shown in order, or `openJobs.value` when only the count matters.
 */
export function filterJobs(all: ShownJob[], f: JobFilters): FilterResult {
  const matches = (s: ShownJob) => {
    const { job } = s
    if (f.category && job.category !== f.category) return false
    if (f.township && job.township !== f.township) return false
    if (f.minMonthly && s.monthly < f.minMonthly) return false
    if (f.olderFriendly && !job.tags.includes('older-friendly')) return false
    if (f.gig && !isGig(job)) return false
    for (const b of f.benefits) if (!(job.benefits as string[]).includes(b)) return false
    return true
  }
  let items = all.filter(matches)
  let radiusKm: number | undefined
  if (f.near) {
    const within = (km: number) => items.filter((s) => s.distanceKm !== undefined && s.distanceKm <= km)
    const near = within(NEAR_KM)
    radiusKm = near.length >= ENOUGH_NEAR ? NEAR_KM : WIDER_KM
    items = radiusKm === NEAR_KM ? near : within(WIDER_KM)
  }
  return radiusKm ? { items, radiusKm } : { items }
}

/** Fairs still to come or running now, soonest first. */
export const upcomingFairs = computed<Fair[]>(() => {
  const now = Date.now()
  return (snapshot.value?.fairs ?? [])
    .filter((f) => f.status === 'published' && Date.parse(f.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
})

export const venuesById = computed(
  () => new Map((snapshot.value?.venues ?? []).map((v) => [v.id, v] as const)),
)

export const policies = computed(() => {
  const now = Date.now()
  return (snapshot.value?.announcements ?? [])
    .filter((a) => a.status === 'published' && (!a.validUntil || Date.parse(a.validUntil) > now))
    .sort(
      (a, b) => Number(!!b.pinned) - Number(!!a.pinned) || Date.parse(b.updatedAt) - Date.parse(a.updatedAt),
    )
})

export const categoryLabel = (c: Category) => label(CATEGORIES[c])
