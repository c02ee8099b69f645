// The answer: the short code to keep and what happens next; or, with the hub away, that the kiosk will
// send it by itself; or what was wrong. Only the masked number appears here, and a duplicate shows no
// code: whoever typed the number may not be its owner.
import type { RegisterResult } from '../../client/device/index.ts'
import { t } from '../../client/i18n/index.ts'
import { snapshot } from '../state/jobs.ts'

interface Props {
  result: { outcome: RegisterResult; masked: string }
  onRetry(): void
  onFinish(): void
}

export function Done({ result: { outcome, masked }, onRetry, onFinish }: Props) {
  const hotline = snapshot.value?.settings.hotline ?? '12333'
  if (outcome.status === 'rejected')
    return (
      <div class="register done" role="alert">
        <h1 class="view__title">{t('kiosk.rejectedTitle')}</h1>
        <p class="done__text">{t('kiosk.rejectedText')}</p>
        <button type="button" class="btn btn--primary btn--wide" onClick={onRetry}>
          {t('kiosk.tryAgain')}
        </button>
      </div>
    )
  return (
    <div class="register done" data-read>
      <h1 class="view__title done__title">
        {outcome.status === 'queued'
          ? t('kiosk.queuedTitle')
          : outcome.duplicate
            ? t('kiosk.duplicateTitle')
            : t('kiosk.doneTitle')}
      </h1>
      {outcome.status === 'sent' && outcome.duplicate ? (
        <>
          <p class="done__text">{t('kiosk.duplicateText', { phone: hotline })}</p>
          <p class="done__text">{t('kiosk.nextSteps', { phone: masked })}</p>
        </>
      ) : outcome.status === 'sent' ? (
        <>
          <p class="done__label">{t('kiosk.yourCode')}</p>
          <p class="done__code">{outcome.code}</p>
          <p class="done__text">{t('kiosk.keepCode')}</p>
          <p class="done__text">{t('kiosk.nextSteps', { phone: masked })}</p>
        </>
      ) : (
        <>
          <p class="done__text">{t('kiosk.queuedText')}</p>
          <p class="done__text">{t('kiosk.nextSteps', { phone: masked })}</p>
        </>
      )}
      <p class="done__text done__hotline">{t('common.hotline', { phone: hotline })}</p>
      <button type="button" class="btn btn--primary btn--wide" onClick={onFinish}>
        {t('kiosk.finish')}
      </button>
    </div>
  )
}
