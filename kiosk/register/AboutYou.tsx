// About you, all optional and all by tapping: how staff should address you on the phone, your age
// band and where you live, so they can suggest jobs that fit.
import { AGE_BANDS } from '../../content/catalog.ts'
import { t } from '../../client/i18n/index.ts'
import { snapshot } from '../state/jobs.ts'
import { draft, type Draft } from '../state/store.ts'

export function AboutYou({ onNext }: { onNext(): void }) {
  const d = draft.value
  const pick = <K extends 'gender' | 'ageBand' | 'township'>(key: K, value: Draft[K]) => {
    const next = { ...d }
    if (next[key] === value) delete next[key]
    else next[key] = value
    draft.value = next
  }
  return (
    <div class="register">
      <h1 class="view__title">{t('kiosk.aboutTitle')}</h1>
      <p class="register__why">{t('kiosk.aboutHint')}</p>
      <section class="register__group">
        <h2 class="register__label">{t('kiosk.addressAs')}</h2>
        <div class="register__chips">
          <button
            type="button"
            class="chip chip--big"
            aria-pressed={d.gender === 'male'}
            onClick={() => pick('gender', 'male')}
          >
            {t('kiosk.mr')}
          </button>
          <button
            type="button"
            class="chip chip--big"
            aria-pressed={d.gender === 'female'}
            onClick={() => pick('gender', 'female')}
          >
            {t('kiosk.ms')}
          </button>
        </div>
      </section>
      <section class="register__group">
        <h2 class="register__label">{t('kiosk.ageBand')}</h2>
        <div class="register__chips">
          {AGE_BANDS.map((band) => (
            <button
              key={band}
              type="button"
              class="chip"
              aria-pressed={d.ageBand === band}
              onClick={() => pick('ageBand', band)}
            >
              {t('kiosk.ageBandValue', { band })}
            </button>
          ))}
        </div>
      </section>
      <section class="register__group">
        <h2 class="register__label">{t('kiosk.township')}</h2>
        <div class="register__chips">
          {(snapshot.value?.settings.townships ?? []).map((name) => (
            <button
              key={name}
              type="button"
              class="chip"
              aria-pressed={d.township === name}
              onClick={() => pick('township', name)}
            >
              {name}
            </button>
          ))}
        </div>
      </section>
      <button type="button" class="btn btn--primary btn--wide" onClick={onNext}>
        {t('kiosk.next')}
      </button>
    </div>
  )
}
