// Searching and sorting the visible jobs: the same function serves GET /api/jobs and the phone pages.
import type { Employer, Job } from '../../content/model.ts'

export interface JobQuery {
  q?: string
  category?: string
  township?: string
  tag?: string
  near?: { lat: number; lng: number }
  radiusKm?: number
  sort?: 'newest' | 'salary' | 'distance'
  limit: number
  offset: number
}

export type JobView = Job & { employerName?: string; distanceKm?: number }

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

/** Monthly equivalent, to sort jobs paid by the day or hour alongside monthly ones. */
export function monthlySalary(job: Job): number {
  const top = job.salary.max ?? job.salary.min
  switch (job.salary.unit) {
    case 'day':
      return top * 22
    case 'hour':
      return top * 8 * 22
    default:
      return top
  }
}

export function searchJobs(
  jobs: Job[],
  employers: Map<string, Employer>,
  query: JobQuery,
): { items: JobView[]; total: number } {
  const q = query.q?.trim().toLowerCase()
  let found: JobView[] = []
  for (const job of jobs) {
    if (query.category && job.category !== query.category) continue
    if (query.township && job.township !== query.township) continue
    if (
      query.tag &&
      !(job.tags as string[]).includes(query.tag) &&
      !(job.benefits as string[]).includes(query.tag)
    )
      continue
    const employerName = employers.get(job.employerId)?.name
    if (
      q &&
      !`${job.title} ${employerName ?? ''} ${job.township} ${job.duties ?? ''}`.toLowerCase().includes(q)
    )
      continue
    let view: JobView = employerName ? { ...job, employerName } : { ...job }
    if (query.near) {
      if (!job.location) continue
      const d = distanceKm(query.near, job.location)
      if (query.radiusKm !== undefined && d > query.radiusKm) continue
      view = { ...view, distanceKm: Math.round(d * 10) / 10 }
    }
    found.push(view)
  }
  const sort = query.sort ?? (query.near ? 'distance' : 'newest')
  if (sort === 'salary') found.sort((a, b) => monthlySalary(b) - monthlySalary(a))
  else if (sort === 'distance') found.sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity))
  else found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const total = found.length
  found = found.slice(query.offset, query.offset + query.limit)
  return { items: found, total }
}
