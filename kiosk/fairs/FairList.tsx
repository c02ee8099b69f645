// Upcoming job fairs, soonest first, as large cards a page at a time.
import { FAIR_KINDS } from '../../content/catalog.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { label, upcomingFairs, venuesById } from '../state/jobs.ts'
import { go, pageSize } from '../state/store.ts'
import { PagerButtons, Swipe, usePaging } from '../shared/Pager.tsx'
import { fairWhen } from './when.ts'
import './fairs.css'

export function FairList() {
  const fairs = upcomingFairs.value
  const size = pageSize.value
  const paging = usePaging(fairs.length, size, null)
  const now = Date.now()
  return (
    <div class="fairs">
      <h1 class="view__title">{t('kiosk.tileFairs')}</h1>
      {fairs.length === 0 ? (
        <p class="empty">{t('kiosk.noFairs')}</p>
      ) : (
        <Swipe paging={paging} class={`jobs__cards jobs__cards--${size}`}>
          {fairs.slice(paging.first, paging.first + size).map((fair) => {
            const venue = fair.venueId ? venuesById.value.get(fair.venueId) : undefined
            const running = Date.parse(fair.startsAt) <= now
            return (
              <button
                key={fair.id}
                type="button"
                class="job-card fair-card"
                onClick={() => go({ name: 'fair', id: fair.id })}
              >
                <span class="fair-card__kind">
                  {label(FAIR_KINDS[fair.kind])}
                  {running && <span class="badge badge--urgent">{t('kiosk.fairNow')}</span>}
                </span>
                <span class="job-card__title">{fair.title}</span>
                <span class="fair-card__when">{fairWhen(fair, lang.value)}</span>
                <span class="job-card__facts">
                  <span>{venue?.name ?? fair.address ?? fair.township}</span>
                  <span>{t('kiosk.employerCount', { count: fair.booths.length })}</span>
                </span>
              </button>
            )
          })}
        </Swipe>
      )}
      <PagerButtons paging={paging} />
    </div>
  )
}
