// The A4 fair poster for notice boards, village committees and bus stops: what, when, where, who is
// hiring, and a QR code large enough to scan from a step back (9 cm; README: 8 cm or more on A4).
// The code carries ?poster= so every scan and registration is counted for this poster.
import { useEffect, useState } from 'preact/hooks'
import { lang, t } from '../../client/i18n/index.ts'
import { formatDate, formatTime } from '../../client/format.ts'
import type { Settings } from '../../content/model.ts'
import { sayError } from '../notice.ts'
import { loadFair, loadSettings, qrUrl, type PrintFair } from './data.ts'

/** More names than this no longer fit the sheet at a size read from two metres. */
const MAX_EMPLOYERS = 12

export function FairPoster({ fairId, poster }: { fairId: string; poster: string }) {
  const [fair, setFair] = useState<PrintFair>()
  const [settings, setSettings] = useState<Settings>()
  useEffect(() => {
    loadFair(fairId).then(setFair).catch(sayError)
    loadSettings()
      .then((c) => setSettings(c.settings))
      .catch(sayError)
  }, [fairId])
  if (!fair) return null

  const l = lang.value
  const employers = [...new Set(fair.booths.map((b) => b.employer?.name).filter((n) => n !== undefined))]
  const jobs = fair.booths.flatMap((b) => b.jobs)
  const people = jobs.reduce((sum, j) => sum + j.headcount, 0)
  const sameDay = formatDate(fair.startsAt, l) === formatDate(fair.endsAt, l)
  const when = sameDay
    ? `${formatDate(fair.startsAt, l, { weekday: true })} ${formatTime(fair.startsAt, l)}–${formatTime(fair.endsAt, l)}`
    : `${formatDate(fair.startsAt, l)} ${formatTime(fair.startsAt, l)} – ${formatDate(fair.endsAt, l)} ${formatTime(fair.endsAt, l)}`
  const where = [fair.venue?.name, fair.venue?.address ?? fair.address].filter(Boolean).join(' · ')

  return (
    <article class="print-sheet poster" aria-label={fair.title}>
      <header class="poster__band">
        <span>{settings?.bureauName}</span>
        <span>{t('common.free')}</span>
      </header>
      <h1 class="poster__title">{fair.title}</h1>
      <dl class="poster__facts">
        <div>
          <dt>{t('admin.print.when')}</dt>
          <dd class="poster__when">{when}</dd>
        </div>
        {where && (
          <div>
            <dt>{t('admin.print.where')}</dt>
            <dd>{where}</dd>
          </div>
        )}
      </dl>
      {employers.length > 0 && (
        <section class="poster__employers" aria-label={t('admin.print.employers')}>
          <h2>
            {t('admin.print.employers')}
            <span class="poster__count">{t('admin.print.jobsCount', { jobs: jobs.length, people })}</span>
          </h2>
          <ul>
            {employers.slice(0, MAX_EMPLOYERS).map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {employers.length > MAX_EMPLOYERS && (
            <p class="poster__more">{t('admin.print.employersMore', { count: employers.length })}</p>
          )}
        </section>
      )}
      <section class="poster__scan">
        <img class="poster__qr" src={qrUrl('fair', fair.id, poster)} alt={t('admin.print.scanTitle')} />
        <div>
          <p class="poster__scan-title">{t('admin.print.scanTitle')}</p>
          <p class="poster__scan-hint">{t('admin.print.scanHint')}</p>
          {settings && (
            <p class="poster__hotline">
              {/* A number broken across lines gets dialled wrong: it stays whole. */}
              {t('common.hotlineLabel')} <span class="poster__hotline-number">{settings.hotline}</span>
            </p>
          )}
          <p class="poster__code">{poster}</p>
        </div>
      </section>
    </article>
  )
}
