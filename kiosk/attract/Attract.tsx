// The attract loop, shown while nobody uses the kiosk: featured jobs that change every few seconds, the
// next fair, and one huge call to touch. A touch anywhere starts; nothing here needs reading first.
import { useEffect, useState } from 'preact/hooks'
import { LanguageToggle } from '../../client/LanguageToggle.tsx'
import { formatDate, formatSalary, formatTime } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { useMinuteClock } from '../../client/useMinuteClock.ts'
import { FAIR_KINDS } from '../../content/catalog.ts'
import { label, openJobs, snapshot, upcomingFairs, type ShownJob } from '../state/jobs.ts'
import { go } from '../state/store.ts'
import { OfflineBanner } from '../shared/Banners.tsx'
import { TouchIcon } from '../shared/icons.tsx'
import './attract.css'

const ROTATE_MS = 8_000
const PER_SLIDE = 3
const SLIDES = 3

/** Urgent hiring first, then what is close by, then the best paid: what makes someone stop. */
function featured(jobs: ShownJob[]): ShownJob[] {
  const score = (s: ShownJob) =>
    (s.job.tags.includes('urgent') ? 2 : 0) + (s.distanceKm !== undefined && s.distanceKm < 5 ? 1 : 0)
  return [...jobs].sort((a, b) => score(b) - score(a) || b.monthly - a.monthly).slice(0, PER_SLIDE * SLIDES)
}

export function Attract() {
  const now = useMinuteClock()
  const [slide, setSlide] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setSlide((s) => s + 1), ROTATE_MS)
    return () => clearInterval(timer)
  }, [])
  const pool = featured(openJobs.value)
  const slides = Math.max(1, Math.ceil(pool.length / PER_SLIDE))
  const start = (slide % slides) * PER_SLIDE
  const shown = pool.slice(start, start + PER_SLIDE)
  const fair = upcomingFairs.value[0]
  const settings = snapshot.value?.settings

  return (
    <div class="attract" onClick={() => go({ name: 'home' })}>
      <header class="attract__header">
        <div>
          <p class="attract__bureau">{settings?.bureauName ?? t('common.bureauDefault')}</p>
          <p class="attract__service">{t('common.serviceName')}</p>
        </div>
        <div class="attract__side">
          <p class="attract__clock">
            <span class="attract__time">{now ? formatTime(now, lang.value) : ''}</span>
            <span class="attract__date">{now ? formatDate(now, lang.value, { weekday: true }) : ''}</span>
          </p>
        </div>
      </header>

      <main class="attract__main">
        <h1 class="attract__welcome">{t('kiosk.welcome')}</h1>
        {shown.length > 0 && (
          <section class="attract__jobs" aria-label={t('kiosk.featuredJobs')}>
            <h2 class="attract__label">{t('kiosk.featuredJobs')}</h2>
            <ul class="attract__list" key={start}>
              {shown.map((s) => (
                <li key={s.job.id} class="attract__job">
                  <p class="attract__job-title">{s.job.title}</p>
                  <p class="attract__job-pay">
                    {formatSalary({ ...s.job.salary, note: undefined }, lang.value)}
                  </p>
                  <p class="attract__job-where">
                    {s.employer?.shortName ?? s.employer?.name} · {s.job.township}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
        {fair && (
          <section class="attract__fair">
            <h2 class="attract__label">{t('kiosk.nextFair')}</h2>
            <p class="attract__fair-title">{fair.title}</p>
            <p class="attract__fair-when">
              {label(FAIR_KINDS[fair.kind])} · {formatDate(fair.startsAt, lang.value)}{' '}
              {formatTime(fair.startsAt, lang.value)}
            </p>
          </section>
        )}
        <button type="button" class="attract__start">
          <TouchIcon />
          <span>{t('kiosk.touchToStart')}</span>
        </button>
        <p class="attract__hint">{t('kiosk.noTyping')}</p>
      </main>

      <footer class="attract__footer">
        <p>{t('common.hotline', { phone: settings?.hotline ?? '12333' })}</p>
        <p class="attract__free">{t('common.free')}</p>
        {/* Changing the language is not "starting": the click stays here. */}
        <div onClick={(e) => e.stopPropagation()}>
          <LanguageToggle />
        </div>
      </footer>
      {/* Below the footer, in the flow: fixed over it, it would hide the hotline. */}
      <OfflineBanner />
    </div>
  )
}
