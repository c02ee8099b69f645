// Home: six big tiles, each one tap from what it names, then the categories with live job counts so
// "find a job" is itself one tap from a list.
import { CATEGORIES, type Category } from '../../content/catalog.ts'
import { t } from '../../client/i18n/index.ts'
import {
  categoryCounts,
  categoryLabel,
  filterJobs,
  isGig,
  openJobs,
  policies,
  upcomingFairs,
} from '../state/jobs.ts'
import { go, NO_FILTERS, type JobFilters } from '../state/store.ts'
import { FairIcon, GigIcon, JobIcon, NearIcon, PolicyIcon, RegisterIcon } from '../shared/icons.tsx'
import './home.css'

const jobs = (filters: Partial<JobFilters>, title: 'category' | 'gig' | 'near' | 'all') =>
  go({ name: 'jobs', filters: { ...NO_FILTERS, ...filters }, title })

export function Home() {
  const counts = categoryCounts.value
  const gigCount = openJobs.value.filter((s) => isGig(s.job)).length
  const near = filterJobs(openJobs.value, { ...NO_FILTERS, near: true })
  const categories = (Object.keys(CATEGORIES) as Category[]).filter((c) => (counts.get(c) ?? 0) > 0)
  return (
    <div class="home" data-read>
      <h1 class="view__title">{t('kiosk.homeTitle')}</h1>
      <div class="home__tiles">
        <button type="button" class="tile tile--main" onClick={() => jobs({}, 'all')}>
          <JobIcon />
          <span class="tile__label">{t('kiosk.tileAllJobs')}</span>
          <span class="tile__count">{t('kiosk.jobCount', { count: openJobs.value.length })}</span>
        </button>
        <button type="button" class="tile" onClick={() => jobs({ near: true, sort: 'distance' }, 'near')}>
          <NearIcon />
          <span class="tile__label">{t('kiosk.tileNear')}</span>
          {near.radiusKm && (
            <span class="tile__count">
              {t('kiosk.nearCount', { count: near.items.length, km: near.radiusKm })}
            </span>
          )}
        </button>
        <button type="button" class="tile" onClick={() => jobs({ gig: true }, 'gig')}>
          <GigIcon />
          <span class="tile__label">{t('kiosk.tileGig')}</span>
          <span class="tile__count">{t('kiosk.jobCount', { count: gigCount })}</span>
        </button>
        <button type="button" class="tile" onClick={() => go({ name: 'fairs' })}>
          <FairIcon />
          <span class="tile__label">{t('kiosk.tileFairs')}</span>
          <span class="tile__count">{t('kiosk.fairCount', { count: upcomingFairs.value.length })}</span>
        </button>
        <button type="button" class="tile" onClick={() => go({ name: 'policies' })}>
          <PolicyIcon />
          <span class="tile__label">{t('kiosk.tilePolicies')}</span>
          <span class="tile__count">{t('kiosk.policyCount', { count: policies.value.length })}</span>
        </button>
        <button
          type="button"
          class="tile tile--register"
          onClick={() => go({ name: 'register', target: { seeker: true } })}
        >
          <RegisterIcon />
          <span class="tile__label">{t('kiosk.tileRegister')}</span>
        </button>
      </div>
      <h2 class="home__sub">{t('kiosk.byCategory')}</h2>
      <div class="home__categories">
        {categories.map((c) => (
          <button key={c} type="button" class="category" onClick={() => jobs({ category: c }, 'category')}>
            <span>{categoryLabel(c)}</span>
            <span class="category__count">{counts.get(c)}</span>
          </button>
        ))}
      </div>
    </div>
  )
}
