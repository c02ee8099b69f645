// Expands the demo job rows into full Job records with dates computed from the clock.
import type { Job } from '../model.ts'
import { near, township } from './county.ts'
import { siteOf } from './employers.ts'
import type { JobRow } from './job-row.ts'
import { INDUSTRY_JOBS } from './jobs-industry.ts'
import { PUBLIC_JOBS } from './jobs-public.ts'
import { SERVICE_JOBS } from './jobs-services.ts'
import type { Clock } from './time.ts'

export const JOB_ROWS: JobRow[] = [...INDUSTRY_JOBS, ...SERVICE_JOBS, ...PUBLIC_JOBS]

export function buildJobs(clock: Clock): Job[] {
  return JOB_ROWS.map((row) => buildJob(row, clock))
}

function buildJob(row: JobRow, clock: Clock): Job {
  const n = Number(row.id.replace(/\D/g, ''))
  const site = siteOf(row.employer)
  const place = row.at ?? { township: site.township, address: site.address }
  // Posted 1–21 days ago; open for 10–90 more days unless it is urgent day work closing in hours.
  const validUntil = row.hoursLeft ? clock.inHours(row.hoursLeft) : clock.endOfDay(10 + ((n * 17) % 81))
  const job: Job = {
    id: row.id,
    ...clock.stamps(1 + ((n * 7) % 21), n),
    employerId: row.employer,
    title: row.title,
    category: row.category,
    township: place.township,
    address: place.address,
    salary: { ...row.pay },
    headcount: row.headcount,
    ageMin: row.age[0],
    ageMax: row.age[1],
    education: row.education,
    hours: row.hours,
    duties: row.duties,
    requirements: row.requirements,
    benefits: [...row.benefits],
    tags: [...row.tags],
    // Public-welfare posts are handled by the service station of the township where the post is.
    contactPhone: row.category === 'public-welfare' ? township(place.township).office : site.contactOffice,
    status: row.status ?? 'published',
    validUntil,
  }
  if (!row.noPin) job.location = row.at ? near(township(row.at.township).centre, n) : site.location
  return job
}
