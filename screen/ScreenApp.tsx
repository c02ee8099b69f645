// The big screen's frame: venue and clock on top, the current scene in the middle, the hotline below.
// Scenes rotate here once the screen has content (the screen's own issue); until then it shows a welcome.
import { useEffect } from 'preact/hooks'
import { formatDate, formatTime } from '../client/format.ts'
import { lang, restoreLang, t } from '../client/i18n/index.ts'
import { useMinuteClock } from '../client/useMinuteClock.ts'
import { WelcomeScene } from './scenes/WelcomeScene.tsx'
import './ScreenApp.css'

interface Props {
  venueName?: string
  bureauName?: string
  hotline: string
}

export default function ScreenApp({ venueName, bureauName, hotline }: Props) {
  const now = useMinuteClock()
  useEffect(restoreLang, [])

  return (
    <div class="screen">
      <header class="screen__header">
        <h1 class="screen__venue">{venueName ?? t('screen.venueDefault')}</h1>
        <p class="screen__clock">
          <span class="screen__date">{now ? formatDate(now, lang.value, { weekday: true }) : ''}</span>
          <span class="screen__time">{now ? formatTime(now, lang.value) : ''}</span>
        </p>
      </header>
      <main class="screen__stage">
        <WelcomeScene />
      </main>
      <footer class="screen__footer">
        <p class="screen__hotline">
          {t('common.hotlineLabel')} <strong>{hotline}</strong>
        </p>
        <p>{bureauName ?? t('common.bureauDefault')}</p>
      </footer>
    </div>
  )
}
