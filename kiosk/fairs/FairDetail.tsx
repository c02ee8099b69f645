// One fair: what kind, when, where and how to get there, who is coming to which booth with which jobs,
// a QR code to register from a phone, and registering right here.
import { FAIR_KINDS } from '../../content/catalog.ts'
import type { Fair } from '../../content/model.ts'
import { formatTime } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { useEffect, useRef } from 'preact/hooks'
import { employersById, label, snapshot, upcomingFairs, venuesById } from '../state/jobs.ts'
import { back, go, landscape, largeText, link } from '../state/store.ts'
import { PagerButtons, Swipe, usePaging } from '../shared/Pager.tsx'
import { QrCode } from '../shared/QrCode.tsx'
import { fairWhen } from './when.ts'
import './fairs.css'

export function FairDetail({ id }: { id: string }) {
  const current = upcomingFairs.value.find((f) => f.id === id)
  // As with jobs: a fair cancelled while someone reads it stays on screen, marked as such.
  const seen = useRef<Fair | undefined>(current)
  if (current) seen.current = current
  const fair = seen.current
  const deviceId = link.value?.device.value?.id
  const boothsPerPage = largeText.value ? 2 : landscape.value ? 3 : 4
  const paging = usePaging(fair?.booths.length ?? 0, boothsPerPage, id)
  useEffect(() => link.value?.track('view', 'fair', id), [id])
  if (!fair) return <p class="empty">{snapshot.value ? t('kiosk.fairGone') : t('kiosk.loading')}</p>

  const venue = fair.venueId ? venuesById.value.get(fair.venueId) : undefined
  const jobTitles = new Map((snapshot.value?.jobs ?? []).map((j) => [j.id, j.title]))
  return (
    <article class="fair">
      {!current && (
        <p class="detail__withdrawn" role="alert">
          {t('kiosk.fairCancelled')}
        </p>
      )}
      <header class="fair__head" data-read>
        <p class="fair-card__kind">{label(FAIR_KINDS[fair.kind])}</p>
        <h1 class="detail__title">{fair.title}</h1>
        <p class="fair__when">{fairWhen(fair, lang.value)}</p>
        <p class="fair__where">
          {venue?.name ?? fair.address ?? fair.township}
          {venue?.address && ` · ${venue.address}`}
        </p>
        {venue?.directions && (
          <p class="fair__directions">{t('kiosk.directions', { text: venue.directions })}</p>
        )}
        {fair.sessions.length > 0 && (
          <ul class="fair__sessions">
            {fair.sessions.map((s) => (
              <li key={s.title + s.startsAt}>
                {formatTime(s.startsAt, lang.value)} {s.title}
                {s.place && ` · ${s.place}`}
              </li>
            ))}
          </ul>
        )}
      </header>
      {fair.booths.length > 0 && (
        <section class="fair__booths">
          <h2 class="register__label">{t('kiosk.booths', { count: fair.booths.length })}</h2>
          <Swipe paging={paging} class="booths">
            {fair.booths.slice(paging.first, paging.first + boothsPerPage).map((b) => (
              <div key={b.number} class="booth">
                <p class="booth__number">{t('kiosk.boothNumber', { number: b.number })}</p>
                <p class="booth__employer">{employersById.value.get(b.employerId)?.name}</p>
                <p class="booth__jobs">
                  {b.jobIds
                    .map((j) => jobTitles.get(j))
                    .filter(Boolean)
                    .join('、')}
                </p>
              </div>
            ))}
          </Swipe>
          <PagerButtons paging={paging} />
        </section>
      )}
      <footer class="detail__actions">
        {deviceId && current && (
          <QrCode kind="fair" id={fair.id} deviceId={deviceId} caption={t('kiosk.scanFair')} />
        )}
        {current ? (
          <button
            type="button"
            class="btn btn--primary btn--big"
            onClick={() => go({ name: 'register', target: { fairId: fair.id } })}
          >
            {t('kiosk.applyFair')}
          </button>
        ) : (
          <button type="button" class="btn btn--secondary btn--big" onClick={back}>
            {t('kiosk.otherFairs')}
          </button>
        )}
      </footer>
    </article>
  )
}
