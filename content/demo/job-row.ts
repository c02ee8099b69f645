// The compact form in which the demo jobs are written (see jobs-*.ts); buildJobs() in jobs.ts expands a
// row into a full Job: township, address, map pin and contact number come from the employer's site
// unless the row says otherwise, and the dates come from the clock.
import type { Job, Salary } from '../model.ts'
import type { TownshipName } from './county.ts'

export interface JobRow {
  id: string
  employer: string
  title: string
  category: Job['category']
  pay: Salary
  headcount: number
  /** [ageMin, ageMax] */
  age: [number, number]
  education: NonNullable<Job['education']>
  hours: string
  duties: string
  requirements: string
  benefits: Job['benefits']
  tags: Job['tags']
  /** Where the work is, when it is not at the employer's site. */
  at?: { township: TownshipName; address: string }
  /** No map pin: the work moves from place to place. */
  noPin?: true
  /** Expires this many hours from now (urgent day work), instead of 10–90 days ahead. */
  hoursLeft?: number
  status?: 'draft' | 'filled'
}

export const month = (min: number, max?: number, note?: string): Salary => salary('month', min, max, note)
export const day = (min: number, max?: number, note?: string): Salary => salary('day', min, max, note)
export const hour = (min: number, max?: number, note?: string): Salary => salary('hour', min, max, note)
/** A piece rate, given as the usual monthly earnings range, with the rate in the note. */
export const piece = (min: number, max: number, note: string): Salary => salary('piece', min, max, note)

function salary(unit: Salary['unit'], min: number, max?: number, note?: string): Salary {
  const value: Salary = { min, unit }
  if (max !== undefined) value.max = max
  if (note !== undefined) value.note = note
  return value
}
