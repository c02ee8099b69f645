// The filter panel: one group at a time (kind of work, township, pay, benefits, older workers) so every
// choice is a big chip on one screen without scrolling; the button at the bottom says how many jobs the
// choices leave, so nobody filters their way into an empty page by surprise.
import { useMemo, useState } from 'preact/hooks'
import { BENEFITS, CATEGORIES, type Benefit, type Category } from '../../content/catalog.ts'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { categoryLabel, filterJobs, label, openJobs, snapshot } from '../state/jobs.ts'
import { NO_FILTERS, type JobFilters } from '../state/store.ts'

const GROUPS = [
  ['category', 'kiosk.filterCategory'],
  ['township', 'kiosk.filterTownship'],
  ['pay', 'kiosk.filterPay'],
  ['benefits', 'kiosk.filterBenefits'],
] as const satisfies readonly (readonly [string, MessageKey])[]
type Group = (typeof GROUPS)[number][0]

/** Monthly-equivalent bands; day and hour rates are compared as a month of work. */
const PAY_BANDS = [3000, 4000, 5000, 6000, 8000]
const SHOWN_BENEFITS: Benefit[] = ['meals', 'housing', 'insurance', 'shuttle', 'daily-pay', 'training']

export function activeFilterCount(f: JobFilters): number {
  return (
    (f.category ? 1 : 0) +
    (f.township ? 1 : 0) +
    (f.minMonthly ? 1 : 0) +
    f.benefits.length +
    (f.olderFriendly ? 1 : 0)
  )
}

function Chip({ on, onClick, children }: { on: boolean; onClick: () => void; children: string }) {
  return (
    <button type="button" class="chip" aria-pressed={on} onClick={onClick}>
      {children}
    </button>
  )
}

interface Props {
  filters: JobFilters
  onChange(next: JobFilters): void
  onClose(): void
}

export function FilterPanel({ filters: f, onChange, onClose }: Props) {
  const [group, setGroup] = useState<Group>('category')
  const all = openJobs.value
  const count = useMemo(() => filterJobs(all, f).items.length, [all, f])
  const townships = snapshot.value?.settings.townships ?? []
  const toggle = <K extends keyof JobFilters>(key: K, value: JobFilters[K]) =>
    onChange({ ...f, [key]: f[key] === value ? undefined : value })

  return (
    <div class="filters">
      <h1 class="view__title">{t('kiosk.filterTitle')}</h1>
      <div class="segmented filters__groups" role="group" aria-label={t('kiosk.filterTitle')}>
        {GROUPS.map(([key, text]) => (
          <button
            key={key}
            type="button"
            class="segmented__item"
            aria-pressed={group === key}
            onClick={() => setGroup(key)}
          >
            {t(text)}
          </button>
        ))}
      </div>
      <div class="filters__chips">
        {group === 'category' &&
          (Object.keys(CATEGORIES) as Category[]).map((c) => (
            <Chip key={c} on={f.category === c} onClick={() => toggle('category', c)}>
              {categoryLabel(c)}
            </Chip>
          ))}
        {group === 'township' &&
          townships.map((name) => (
            <Chip key={name} on={f.township === name} onClick={() => toggle('township', name)}>
              {name}
            </Chip>
          ))}
        {group === 'pay' &&
          PAY_BANDS.map((band) => (
            <Chip key={band} on={f.minMonthly === band} onClick={() => toggle('minMonthly', band)}>
              {t('kiosk.payAtLeast', { amount: band })}
            </Chip>
          ))}
        {group === 'benefits' && (
          <>
            {SHOWN_BENEFITS.map((b) => (
              <Chip
                key={b}
                on={f.benefits.includes(b)}
                onClick={() =>
                  onChange({
                    ...f,
                    benefits: f.benefits.includes(b) ? f.benefits.filter((x) => x !== b) : [...f.benefits, b],
                  })
                }
              >
                {label(BENEFITS[b])}
              </Chip>
            ))}
          </>
        )}
      </div>
      <button
        type="button"
        class="chip chip--older"
        aria-pressed={f.olderFriendly}
        onClick={() => onChange({ ...f, olderFriendly: !f.olderFriendly })}
      >
        {t('kiosk.olderFriendly')}
      </button>
      <div class="filters__actions">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => onChange({ ...NO_FILTERS, gig: f.gig, near: f.near, sort: f.sort })}
        >
          {t('kiosk.clearFilters')}
        </button>
        <button type="button" class="btn btn--primary" onClick={onClose}>
          {t('kiosk.showJobs', { count })}
        </button>
      </div>
    </div>
  )
}
