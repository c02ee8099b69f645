// "Scan to register": a QR code big enough to scan from 3 m, what it is for, and how many people
// registered today, ticking up live. The code carries this screen's id, so staff see which screen
// brought each registration.
import { useEffect, useMemo } from 'preact/hooks'
import { t } from '../../client/i18n/index.ts'
import { scanTarget } from '../content.ts'
import { link } from '../state.ts'
import type { SceneProps } from './types.ts'
import './ScanScene.css'

export function ScanScene({ snapshot, device, fair, now }: SceneProps) {
  const target = useMemo(() => scanTarget(snapshot, fair, now), [snapshot, fair, now])
  const query = device ? `?device=${encodeURIComponent(device.id)}` : ''
  const src = target ? `/qr/${target.kind}/${target.id}.svg${query}` : `/qr/register.svg${query}`
  const title = target?.title ?? t('screen.scan.general')
  const count = target ? (link.value?.counters.value[`${target.kind}:${target.id}`] ?? 0) : undefined

  useEffect(() => {
    link.value?.track('qr-shown', target?.kind, target?.id)
  }, [])

  return (
    <section class="scene scan-scene" aria-labelledby="scan-scene-title">
      <div class="scan-scene__message">
        <h2 id="scan-scene-title" class="scan-scene__title">
          {t('screen.scan.title')}
        </h2>
        <p class="scan-scene__for">{title}</p>
        <p class="scan-scene__hint">{t('screen.scan.hint')}</p>
        {count !== undefined && (
          <p class="scan-scene__count" aria-live="polite">
            <span class="scan-scene__count-label">{t('screen.scan.today')}</span>
            {/* Keyed by the number, so each new registration replays the little bump. */}
            <strong key={count} class="scan-scene__count-number">
              {count}
            </strong>
            <span class="scan-scene__count-label">{t('screen.scan.people')}</span>
          </p>
        )}
      </div>
      <div class="scan-scene__code">
        <img class="scan-scene__qr" src={src} alt={t('screen.scan.qrAlt', { title })} />
      </div>
    </section>
  )
}
