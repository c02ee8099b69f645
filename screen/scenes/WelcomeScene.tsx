// Shown while the screen has nothing else to show (first start, no content yet): it still says what
// the screen is for and how to act on it, so a passer-by never sees a blank panel.
import { t } from '../../client/i18n/index.ts'
import './WelcomeScene.css'

export function WelcomeScene() {
  return (
    <section class="welcome-scene" aria-labelledby="welcome-scene-title">
      <div class="welcome-scene__message">
        <p class="welcome-scene__kicker">{t('screen.kicker')}</p>
        <h2 id="welcome-scene-title" class="welcome-scene__headline">
          {t('screen.headline')}
        </h2>
        <p class="welcome-scene__waiting">{t('screen.waiting')}</p>
      </div>
      <div class="welcome-scene__scan">
        <p class="welcome-scene__scan-title">{t('screen.scanTitle')}</p>
        {/* Only the frame of a QR code: a code appears here once there is something to register for. */}
        <div class="welcome-scene__qr">
          <svg class="welcome-scene__qr-corners" viewBox="0 0 100 100" aria-hidden="true">
            <path d="M3 22V3h19M78 3h19v19M97 78v19H78M22 97H3V78" />
          </svg>
          <span>{t('screen.qrPlaceholder')}</span>
        </div>
        <p class="welcome-scene__scan-hint">{t('screen.scanHint')}</p>
      </div>
    </section>
  )
}
