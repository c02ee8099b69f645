// The frame around every screen after the attract loop: the bureau and clock with the display tools on
// top (大字, high contrast, read-aloud, language: one tap away everywhere), and back + home at the
// bottom where a thumb finds them.
import { LanguageToggle } from '../../client/LanguageToggle.tsx'
import { formatTime } from '../../client/format.ts'
import { lang, t } from '../../client/i18n/index.ts'
import { useMinuteClock } from '../../client/useMinuteClock.ts'
import { snapshot } from '../state/jobs.ts'
import { back, contrast, goHome, largeText, view } from '../state/store.ts'
import { BackIcon, ContrastIcon, HomeIcon, TextIcon } from './icons.tsx'
import { ReadAloud } from './ReadAloud.tsx'

export function TopBar() {
  const now = useMinuteClock()
  return (
    <header class="topbar">
      <div class="topbar__who">
        <p class="topbar__bureau">{snapshot.value?.settings.bureauName ?? t('common.bureauDefault')}</p>
        <p class="topbar__time">{now ? formatTime(now, lang.value) : ''}</p>
      </div>
      <div class="topbar__tools">
        <button
          type="button"
          class="tool"
          aria-pressed={largeText.value}
          onClick={() => (largeText.value = !largeText.value)}
        >
          <TextIcon />
          <span>{t('kiosk.largeText')}</span>
        </button>
        <button
          type="button"
          class="tool"
          aria-pressed={contrast.value}
          onClick={() => (contrast.value = !contrast.value)}
        >
          <ContrastIcon />
          <span>{t('kiosk.contrast')}</span>
        </button>
        <ReadAloud />
        <LanguageToggle />
      </div>
    </header>
  )
}

export function NavBar() {
  const atHome = view.value.name === 'home'
  return (
    <nav class="navbar" aria-label={t('kiosk.navigation')}>
      <button type="button" class="btn btn--nav" onClick={back}>
        <BackIcon />
        <span>{t('kiosk.back')}</span>
      </button>
      <button type="button" class="btn btn--nav" onClick={goHome} disabled={atHome}>
        <HomeIcon />
        <span>{t('kiosk.home')}</span>
      </button>
    </nav>
  )
}
