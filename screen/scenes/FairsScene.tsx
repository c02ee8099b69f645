// The fair schedule: the fair this screen is about (or the next one anywhere) with what is on now and
// next and a countdown, beside the fairs coming up in the next days.
import { useMemo } from 'preact/hooks'
import type { Fair, Snapshot } from '../../content/model.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { upcomingFairs } from '../content.ts'
import { SceneTitle } from './SceneTitle.tsx'
import type { SceneProps } from './types.ts'
import { dayLabel, duration, hours } from './when.ts'
import './FairsScene.css'

const COMING = { landscape: 4, portrait: 5 }

const venueName = (snapshot: Snapshot, fair: Fair) =>
  snapshot.venues.find((v) => v.id === fair.venueId)?.name ?? fair.address ?? fair.township ?? ''

function Focus({ snapshot, fair, now }: { snapshot: Snapshot; fair: Fair; now: number }) {
  const l = lang.value
  const starts = Date.parse(fair.startsAt)
  const on = starts <= now
  const current = fair.sessions.find((s) => Date.parse(s.startsAt) <= now && Date.parse(s.endsAt) > now)
  const next = fair.sessions
    .filter((s) => Date.parse(s.startsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0]
  return (
    <article class="card fair-focus">
      <p class="fair-focus__status">
        <span class={on ? 'chip chip--accent' : 'chip'}>
          {on ? t('screen.fairs.onNow') : dayLabel(fair.startsAt, now, l)}
        </span>
        <strong class="fair-focus__countdown">
          {on
            ? t('screen.fairs.endsIn', { time: duration(Date.parse(fair.endsAt) - now) })
            : t('screen.fairs.startsIn', { time: duration(starts - now) })}
        </strong>
      </p>
      <h3 class="fair-focus__title">{fair.title}</h3>
      <p class="fair-focus__where">
        {hours(fair.startsAt, fair.endsAt, l)} · {venueName(snapshot, fair)}
      </p>
      {fair.booths.length > 0 && (
        <p class="fair-focus__employers">{t('screen.fairs.employers', { count: fair.booths.length })}</p>
      )}
      {fair.description && <p class="fair-focus__description">{fair.description}</p>}
      {(current || next) && (
        <ul class="fair-focus__sessions">
          {current && (
            <li>
              <span class="chip chip--accent">{t('screen.fairs.onNow')}</span>
              <span class="fair-focus__session">{current.title}</span>
              <span class="fair-focus__session-time">{hours(current.startsAt, current.endsAt, l)}</span>
            </li>
          )}
          {next && (
            <li>
              <span class="chip">{t('screen.fairs.next')}</span>
              <span class="fair-focus__session">{next.title}</span>
              <span class="fair-focus__session-time">{hours(next.startsAt, next.endsAt, l)}</span>
            </li>
          )}
        </ul>
      )}
    </article>
  )
}

export function FairsScene({ snapshot, fair, now, layout }: SceneProps) {
  const fairs = useMemo(() => upcomingFairs(snapshot, now), [snapshot, now])
  const focus = fair ?? fairs[0]
  if (!focus) return null
  const coming = fairs.filter((f) => f.id !== focus.id).slice(0, COMING[layout])
  const l = lang.value
  return (
    <section class="scene fairs-scene" aria-labelledby="fairs-scene-title">
      <SceneTitle id="fairs-scene-title" title={t('screen.fairs.title')} />
      <div class="fairs-scene__body">
        <Focus snapshot={snapshot} fair={focus} now={now} />
        {coming.length > 0 && (
          <div class="fairs-scene__coming">
            <h3 class="fairs-scene__coming-title">{t('screen.fairs.coming')}</h3>
            <ol class="fair-list">
              {coming.map((f) => (
                <li key={f.id} class="fair-list__item">
                  <p class="fair-list__when">
                    <strong>{dayLabel(f.startsAt, now, l)}</strong> {hours(f.startsAt, f.endsAt, l)}
                  </p>
                  <p class="fair-list__title">{f.title}</p>
                  <p class="fair-list__where">{venueName(snapshot, f)}</p>
                </li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </section>
  )
}
