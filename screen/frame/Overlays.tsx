// What staff put on top of the scenes: urgent notices (a banner, or the whole screen for an
// emergency) and, for 10 s after "identify", the device's name and id large enough to read across a hall.
import { t } from '../../client/i18n/index.ts'
import { link } from '../state.ts'

export function BroadcastBanner() {
  const items = (link.value?.broadcasts.value ?? []).filter((b) => b.level !== 'emergency')
  if (items.length === 0) return null
  // The newest notice only: two banners would squeeze the scene, and the older one is still in force.
  const b = items[items.length - 1]!
  return (
    <div class={`broadcast-banner broadcast-banner--${b.level}`} role="alert">
      <span class="chip chip--accent">
        {t(b.level === 'warning' ? 'screen.broadcast.urgent' : 'screen.broadcast.notice')}
      </span>
      <p class="broadcast-banner__text">{b.text}</p>
    </div>
  )
}

export function EmergencyOverlay({ hotline }: { hotline: string }) {
  const items = (link.value?.broadcasts.value ?? []).filter((b) => b.level === 'emergency')
  if (items.length === 0) return null
  const b = items[items.length - 1]!
  return (
    <div class="emergency" role="alert">
      <p class="emergency__label">{t('screen.broadcast.urgent')}</p>
      <p class="emergency__text">{b.text}</p>
      <p class="emergency__hotline">
        {t('common.hotlineLabel')} {hotline}
      </p>
    </div>
  )
}

export function IdentifyOverlay() {
  const l = link.value
  if (!l?.identifying.value) return null
  return (
    <div class="identify" role="status">
      <p class="identify__name">{l.device.value?.name ?? ''}</p>
      <p class="identify__id">{l.device.value?.id ?? ''}</p>
    </div>
  )
}
