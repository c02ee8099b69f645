// What the kiosk says about itself on top of any screen: urgent notices from staff, and a quiet line when
// it is showing saved information because the hub cannot be reached.
import { formatTime } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { link } from '../state/store.ts'

export function Broadcasts() {
  const items = link.value?.broadcasts.value ?? []
  if (items.length === 0) return null
  return (
    <div class="broadcasts" role="alert">
      {items.map((b) => (
        <p key={b.id} class={`broadcast broadcast--${b.level}`}>
          {b.text}
        </p>
      ))}
    </div>
  )
}

export function OfflineBanner() {
  const l = link.value
  if (!l || l.phase.value !== 'offline') return null
  const at = l.syncedAt.value
  const queued = l.queued.value
  return (
    <p class="offline" role="status">
      {at ? t('kiosk.offlineSince', { time: formatTime(at, lang.value) }) : t('kiosk.offline')}
      {queued > 0 && <span> · {t('kiosk.queuedCount', { count: queued })}</span>}
    </p>
  )
}
