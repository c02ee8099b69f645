// A kiosk nobody has paired yet: the code staff type into the admin's Devices page, in digits big
// enough to read from behind the counter.
import { LanguageToggle } from '../../client/LanguageToggle.tsx'
import { t } from '../../client/i18n/index.ts'
import './attract.css'

export function Pairing({ code }: { code: string | null }) {
  return (
    <div class="attract">
      <header class="attract__header">
        <div>
          <p class="attract__bureau">{t('common.bureauDefault')}</p>
          <p class="attract__service">{t('common.serviceName')}</p>
        </div>
        <LanguageToggle />
      </header>
      <main class="attract__main">
        <h1 class="attract__welcome">{t('kiosk.welcome')}</h1>
        <section class="pairing">
          <h2 class="pairing__title">{t('kiosk.pairTitle')}</h2>
          <p class="pairing__code" aria-live="polite">
            {code ? code.split('').join(' ') : t('kiosk.pairWaiting')}
          </p>
          <p class="pairing__hint">{t('kiosk.pairHint')}</p>
        </section>
      </main>
    </div>
  )
}
