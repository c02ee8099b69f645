// What the stage shows when there is no scene to play: the pairing code for staff, or, with no content
// at all (never connected, nothing saved), a static card with the hotline, so a passer-by still learns
// where to ask about jobs.
import { t } from '../../client/i18n/index.ts'

export function PairingCard({ code }: { code: string | null }) {
  return (
    <section class="card-scene" aria-labelledby="pairing-title">
      <p class="card-scene__headline">{t('screen.headline')}</p>
      <div class="card card-scene__box">
        <h2 id="pairing-title" class="card-scene__title">
          {t('screen.pairTitle')}
        </h2>
        <p class="card-scene__code" aria-live="polite">
          {code ? code.split('').join(' ') : t('screen.pairWaiting')}
        </p>
        <p class="card-scene__hint">{t('screen.pairHint')}</p>
      </div>
    </section>
  )
}

export function HotlineCard({ hotline }: { hotline: string }) {
  return (
    <section class="card-scene" aria-labelledby="hotline-title">
      <p class="card-scene__headline">{t('screen.headline')}</p>
      <div class="card card-scene__box">
        <h2 id="hotline-title" class="card-scene__title">
          {t('screen.noContent')}
        </h2>
        <p class="card-scene__hint">{t('screen.callUs')}</p>
        <p class="card-scene__code">{hotline}</p>
      </div>
    </section>
  )
}
