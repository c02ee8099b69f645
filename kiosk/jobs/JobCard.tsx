// One job in a list: what decides whether to look closer, in the order people scan it — what the work
// is, what it pays (in the unit it is paid), who, where and how far, how many are wanted.
import { TAGS } from '../../content/catalog.ts'
import { formatSalary } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { label, type ShownJob } from '../state/jobs.ts'
import { go } from '../state/store.ts'

// Tags worth a badge on a card; the rest are on the detail page.
const BADGES = ['urgent', 'older-friendly', 'gig', 'near-home'] as const

export function formatKm(km: number): string {
  return km < 1 ? t('kiosk.metres', { m: Math.round(km * 10) * 100 }) : t('kiosk.km', { km: km.toFixed(1) })
}

export function JobCard({ item }: { item: ShownJob }) {
  const { job, employer, distanceKm } = item
  const badges = BADGES.filter((b) => job.tags.includes(b))
  return (
    <button type="button" class="job-card" onClick={() => go({ name: 'job', id: job.id })}>
      <span class="job-card__top">
        <span class="job-card__title">{job.title}</span>
        <span class="job-card__pay">{formatSalary({ ...job.salary, note: undefined }, lang.value)}</span>
      </span>
      <span class="job-card__employer">{employer?.name}</span>
      <span class="job-card__facts">
        <span>{job.township}</span>
        {distanceKm !== undefined && <span>{formatKm(distanceKm)}</span>}
        <span>{t('kiosk.headcount', { count: job.headcount })}</span>
        {badges.map((b) => (
          <span key={b} class={`badge badge--${b}`}>
            {label(TAGS[b])}
          </span>
        ))}
      </span>
    </button>
  )
}
