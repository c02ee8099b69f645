// What devices show: the rules deciding whether a stored item is visible on kiosks and screens now.
// Every moment an item stops (or starts) being visible is a content change pushed to devices.
import type { ContentItems, ContentKind } from '../../content/model.ts'

type Rule<K extends ContentKind> = {
  /** Whether devices show the item at `now` (ms). */
  visible(item: ContentItems[K], now: number): boolean
  /** When a visible item stops being visible by itself (ms), if it ever does. */
  endsAt(item: ContentItems[K]): number | undefined
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : undefined)

export const VISIBILITY: { [K in ContentKind]: Rule<K> } = {
  jobs: {
    visible: (job, now) =>
      job.status === 'published' && (!job.validUntil || Date.parse(job.validUntil) > now),
    endsAt: (job) => time(job.validUntil),
  },
  employers: { visible: (e) => e.status !== 'hidden', endsAt: () => undefined },
  fairs: {
    visible: (fair, now) => fair.status === 'published' && Date.parse(fair.endsAt) > now,
    endsAt: (fair) => time(fair.endsAt),
  },
  venues: { visible: () => true, endsAt: () => undefined },
  announcements: {
    visible: (a, now) => a.status === 'published' && (!a.validUntil || Date.parse(a.validUntil) > now),
    endsAt: (a) => time(a.validUntil),
  },
}

export function isVisible<K extends ContentKind>(kind: K, item: ContentItems[K], now: number): boolean {
  return (VISIBILITY[kind] as Rule<K>).visible(item, now)
}

export function visibleEnd<K extends ContentKind>(kind: K, item: ContentItems[K]): number | undefined {
  return (VISIBILITY[kind] as Rule<K>).endsAt(item)
}
