// Full-screen layers over whatever is showing: the "still there?" countdown before the kiosk wipes the
// session, and the device's name in huge type while staff use "identify" to find it in a hall.
import { t } from '../../client/i18n/index.ts'
import { countdown } from '../state/idle.ts'
import { link } from '../state/store.ts'

export function IdleCountdown() {
  const left = countdown.value
  if (left === null) return null
  // Any touch on the page cancels the countdown (see idle.ts); the button says so in plain words.
  return (
    <div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title">
      <div class="overlay__box">
        <h2 id="idle-title" class="overlay__title">
          {t('kiosk.stillThere')}
        </h2>
        <p class="overlay__count" aria-live="assertive">
          {t('kiosk.endingIn', { seconds: left })}
        </p>
        <button type="button" class="btn btn--primary btn--wide">
          {t('kiosk.continue')}
        </button>
      </div>
    </div>
  )
}

export function IdentifyOverlay() {
  const l = link.value
  if (!l?.identifying.value) return null
  return (
    <div class="overlay overlay--identify" role="status">
      <p class="identify__name">{l.device.value?.name ?? ''}</p>
      <p class="identify__id">{l.device.value?.id ?? ''}</p>
    </div>
  )
}
