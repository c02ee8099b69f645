// What the printables read from the hub: the public views (only what is published and current is
// worth printing), so a printed sheet shows exactly what a visitor's phone will show after the scan.
import type { Employer, Fair, Job, Settings, Venue } from '../../content/model.ts'
import { api, type Page } from '../api.ts'

export type PrintJob = Job & { employerName?: string }
export type PrintFair = Omit<Fair, 'booths'> & {
  venue?: Venue
  booths: (Fair['booths'][number] & { employer?: Employer; jobs: Job[] })[]
}

export const loadFair = (id: string) => api<PrintFair>('GET', `/api/fairs/${encodeURIComponent(id)}`)
export const loadFairs = () => api<Page<Fair & { venue?: Venue }>>('GET', '/api/fairs')
export const loadSettings = () => api<{ settings: Settings; townships: string[] }>('GET', '/api/catalog')

/** Every open job of a township, in pages of the hub's largest (200): a county town can list more. */
export async function loadTownshipJobs(township: string): Promise<PrintJob[]> {
  const jobs: PrintJob[] = []
  for (;;) {
    const query = `township=${encodeURIComponent(township)}&limit=200&offset=${jobs.length}`
    const page = await api<Page<PrintJob>>('GET', `/api/jobs?${query}`)
    jobs.push(...page.items)
    if (page.items.length === 0 || jobs.length >= page.total) return jobs
  }
}

/** The jobs of a fair, booth by booth, each carrying its employer's name. */
export function fairJobs(fair: PrintFair): PrintJob[] {
  return fair.booths.flatMap((booth) =>
    booth.jobs.map((job) => ({ ...job, ...(booth.employer ? { employerName: booth.employer.name } : {}) })),
  )
}

/** A QR code PNG (error correction Q, made for print) that attributes scans to `poster`. */
export const qrUrl = (kind: 'job' | 'fair' | 'register', id: string, poster: string) =>
  `/qr/${kind === 'register' ? 'register' : `${kind}/${encodeURIComponent(id)}`}.png?poster=${encodeURIComponent(poster)}`

/** The hub's own Id pattern: what `?poster=` accepts. */
export const POSTER_ID = /^[A-Za-z0-9_-]{1,64}$/
