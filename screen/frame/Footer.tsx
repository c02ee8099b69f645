// The bottom line: the bureau's hotline, how fresh the information is, and who runs the screen.
// Offline, the age line says so in the highlight colour: a passer-by can judge a listing by its date.
import { formatDate, formatTime } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import type { LinkPhase } from '../../client/device/index.ts'

function age(syncedAt: Date, now: Date | null): string {
  const l = lang.value
  const time = formatTime(syncedAt, l)
  const sameDay = !now || formatDate(now, l) === formatDate(syncedAt, l)
  return sameDay ? time : `${formatDate(syncedAt, l).replace(/^\d{4}年|\s\d{4}$/, '')} ${time}`
}

interface Props {
  hotline: string
  bureau: string
  phase: LinkPhase | undefined
  syncedAt: Date | null
  now: Date | null
}

export function Footer({ hotline, bureau, phase, syncedAt, now }: Props) {
  const offline = phase !== 'live' && syncedAt !== null
  return (
    <footer class="screen__footer">
      <p class="screen__hotline">
        {t('common.hotlineLabel')} <strong>{hotline}</strong>
      </p>
      {syncedAt && (
        <p class={offline ? 'screen__age screen__age--offline' : 'screen__age'} role="status">
          {t(offline ? 'screen.offlineAt' : 'screen.updatedAt', { time: age(syncedAt, now) })}
        </p>
      )}
      <p class="screen__bureau">{bureau}</p>
    </footer>
  )
}
