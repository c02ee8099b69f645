// Results: large cards a page at a time (never a scrollbar), a sort switch, and one button to the
// filter panel, which shows how many jobs each choice leaves.
import { useMemo, useState } from 'preact/hooks'
import { t, type MessageKey } from '../../client/i18n/index.ts'
import { categoryLabel, filterJobs, here, jobsSortedBy } from '../state/jobs.ts'
import { pageSize, replace, type JobFilters, type View } from '../state/store.ts'
import { FilterIcon } from '../shared/icons.tsx'
import { PagerButtons, Swipe, usePaging } from '../shared/Pager.tsx'
import { FilterPanel, activeFilterCount } from './FilterPanel.tsx'
import { JobCard } from './JobCard.tsx'
import './jobs.css'

type JobsView = Extract<View, { name: 'jobs' }>

const TITLES: Record<JobsView['title'], MessageKey> = {
  all: 'kiosk.tileAllJobs',
  near: 'kiosk.tileNear',
  gig: 'kiosk.tileGig',
  category: 'kiosk.tileAllJobs',
}

const SORTS = [
  ['newest', 'kiosk.sortNewest'],
  ['salary', 'kiosk.sortSalary'],
  ['distance', 'kiosk.sortDistance'],
] as const

export function JobList({ view }: { view: JobsView }) {
  const { filters } = view
  const [panel, setPanel] = useState(false)
  const all = jobsSortedBy.value(filters.sort)
  // Not while the filter panel is open: it counts for itself, and nobody sees this list meanwhile.
  const result = useMemo(() => (panel ? null : filterJobs(all, filters)), [all, filters, panel])
  const size = pageSize.value
  const paging = usePaging(result?.items.length ?? 0, size, filters)
  const set = (next: JobFilters) => replace({ ...view, filters: next })
  const canSortByDistance = !!here.value?.location
  const title =
    view.title === 'category' && filters.category ? categoryLabel(filters.category) : t(TITLES[view.title])

  if (!result) return <FilterPanel filters={filters} onChange={set} onClose={() => setPanel(false)} />

  return (
    <div class="jobs">
      <div class="jobs__head">
        <h1 class="view__title">{title}</h1>
        <p class="jobs__count" aria-live="polite">
          {result.radiusKm
            ? t('kiosk.nearCount', { count: result.items.length, km: result.radiusKm })
            : t('kiosk.jobCount', { count: result.items.length })}
        </p>
      </div>
      <div class="jobs__controls">
        <button type="button" class="btn btn--filter" onClick={() => setPanel(true)}>
          <FilterIcon />
          <span>
            {t('kiosk.filter')}
            {activeFilterCount(filters) > 0 && ` (${activeFilterCount(filters)})`}
          </span>
        </button>
        <div class="segmented" role="group" aria-label={t('kiosk.sortBy')}>
          {SORTS.filter(([key]) => key !== 'distance' || canSortByDistance).map(([key, text]) => (
            <button
              key={key}
              type="button"
              class="segmented__item"
              aria-pressed={filters.sort === key}
              onClick={() => set({ ...filters, sort: key })}
            >
              {t(text)}
            </button>
          ))}
        </div>
      </div>
      {result.items.length === 0 ? (
        <p class="empty">{t('kiosk.noJobs')}</p>
      ) : (
        <Swipe paging={paging} class={`jobs__cards jobs__cards--${size}`}>
          {result.items.slice(paging.first, paging.first + size).map((item) => (
            <JobCard key={item.job.id} item={item} />
          ))}
        </Swipe>
      )}
      <PagerButtons paging={paging} />
    </div>
  )
}
