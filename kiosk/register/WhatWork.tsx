// "Register as a job seeker" from home: which kinds of work, by tapping. The kiosk then passes on the
// three closest open jobs of those kinds (the "three suitable job leads" the bureaus promise).
import { CATEGORIES, type Category } from '../../content/catalog.ts'
import { t } from '../../client/i18n/index.ts'
import { categoryLabel } from '../state/jobs.ts'
import { draft } from '../state/store.ts'

export function WhatWork({ onNext }: { onNext(): void }) {
  const d = draft.value
  const toggle = (c: Category) =>
    (draft.value = { ...d, wants: d.wants.includes(c) ? d.wants.filter((w) => w !== c) : [...d.wants, c] })
  return (
    <div class="register">
      <h1 class="view__title">{t('kiosk.workTitle')}</h1>
      <p class="register__why">{t('kiosk.workHint')}</p>
      <div class="register__chips">
        {(Object.keys(CATEGORIES) as Category[]).map((c) => (
          <button
            key={c}
            type="button"
            class="chip"
            aria-pressed={d.wants.includes(c)}
            onClick={() => toggle(c)}
          >
            {categoryLabel(c)}
          </button>
        ))}
      </div>
      <button
        type="button"
        class="chip register__training"
        aria-pressed={!!d.training}
        onClick={() => (draft.value = { ...d, training: !d.training })}
      >
        {t('kiosk.training')}
      </button>
      <button type="button" class="btn btn--primary btn--wide" onClick={onNext}>
        {d.wants.length > 0 ? t('kiosk.next') : t('kiosk.anyWork')}
      </button>
    </div>
  )
}
