// One button that switches between Chinese and English. Its label is the other language, written in
// that language, because that is what someone who cannot read the current one looks for.
import { lang, setLang, t } from './i18n/index.ts'
import './LanguageToggle.css'

export function LanguageToggle() {
  const other = lang.value === 'zh-CN' ? 'en' : 'zh-CN'
  return (
    <button type="button" class="lang-toggle" onClick={() => setLang(other)}>
      <svg class="lang-toggle__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9.5" />
        <path d="M2.5 12h19M12 2.5c2.6 2.8 3.9 6 3.9 9.5s-1.3 6.7-3.9 9.5c-2.6-2.8-3.9-6-3.9-9.5S9.4 5.3 12 2.5z" />
      </svg>
      <span lang={other}>{t('common.otherLanguage')}</span>
    </button>
  )
}
