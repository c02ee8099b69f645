// The demo content of the hub: a fictional county in Hunan (湘源县) with its employers, jobs, fairs,
// venues and policy announcements. Every date is computed from `now`, so the demo always looks current:
// a fair is on today, others come in the next days, and a few day-work jobs expire within hours.
import type { Announcement, Employer, Fair, Job, Settings, Venue } from '../model.ts'
import { buildAnnouncements } from './announcements.ts'
import { SETTINGS } from './county.ts'
import { buildEmployers } from './employers.ts'
import { buildFairs } from './fairs.ts'
import { buildJobs } from './jobs.ts'
import { createClock } from './time.ts'
import { buildVenues } from './venues.ts'

export interface DemoContent {
  settings: Settings
  employers: Employer[]
  jobs: Job[]
  fairs: Fair[]
  venues: Venue[]
  announcements: Announcement[]
}

/** Fresh demo content (new objects on every call) with dates relative to `now`. */
export function createDemoContent(now: Date = new Date()): DemoContent {
  const clock = createClock(now)
  return {
    settings: { ...SETTINGS, townships: [...SETTINGS.townships] },
    employers: buildEmployers(clock),
    jobs: buildJobs(clock),
    fairs: buildFairs(clock),
    venues: buildVenues(clock),
    announcements: buildAnnouncements(clock),
  }
}
