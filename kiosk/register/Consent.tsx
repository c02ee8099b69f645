// The privacy notice in plain words, what is about to be sent (the number masked), and consent as the
// button that sends it: agreeing and registering are one tap, declining goes back with nothing kept.
import { maskPhone } from '../../client/format.ts'
import { t } from '../../client/i18n/index.ts'
import { openJobs, snapshot, upcomingFairs } from '../state/jobs.ts'
import { back, draft, type RegisterTarget } from '../state/store.ts'

export function Consent({ target, onAgree }: { target: RegisterTarget; onAgree(): void }) {
  const d = draft.value
  const what =
    'jobId' in target
      ? openJobs.value.find((s) => s.job.id === target.jobId)?.job.title
      : 'fairId' in target
        ? upcomingFairs.value.find((f) => f.id === target.fairId)?.title
        : t('kiosk.seekerWhat')
  return (
    <div class="register" data-read>
      <h1 class="view__title">{t('kiosk.consentTitle')}</h1>
      <dl class="facts">
        <div class="fact">
          <dt>{t('kiosk.consentFor')}</dt>
          <dd>{what}</dd>
        </div>
        <div class="fact">
          <dt>{t('kiosk.phoneLabel')}</dt>
          <dd>{maskPhone(d.phone)}</dd>
        </div>
      </dl>
      <div class="privacy">
        <h2 class="register__label">{t('kiosk.privacyTitle')}</h2>
        <ul>
          <li>{t('kiosk.privacy1')}</li>
          <li>{t('kiosk.privacy2')}</li>
          <li>{t('kiosk.privacy3', { hotline: snapshot.value?.settings.hotline ?? '12333' })}</li>
        </ul>
      </div>
      <div class="register__actions">
        <button type="button" class="btn btn--secondary" onClick={back}>
          {t('kiosk.disagree')}
        </button>
        <button type="button" class="btn btn--primary" onClick={onAgree}>
          {t('kiosk.agreeSubmit')}
        </button>
      </div>
    </div>
  )
}
