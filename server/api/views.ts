// Shapes that join items for reading: a fair with its venue and its booths' employers and jobs.
import type { Fair, Snapshot } from '../../content/model.ts'

export function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

export function expandFair(fair: Fair, s: Snapshot) {
  const employers = indexById(s.employers)
  const jobs = indexById(s.jobs)
  const venue = fair.venueId ? s.venues.find((v) => v.id === fair.venueId) : undefined
  return {
    ...fair,
    ...(venue ? { venue } : {}),
    booths: fair.booths.map((booth) => ({
      ...booth,
      employer: employers.get(booth.employerId),
      jobs: booth.jobIds.map((id) => jobs.get(id)).filter((j) => j !== undefined),
    })),
  }
}
