// The kiosk's attract screen: who runs it, one huge button to start, and what it offers.
// The job search flow behind the button arrives with the kiosk's own issue.
import { useEffect, useState } from 'preact/hooks'
import { LanguageToggle } from '../client/LanguageToggle.tsx'
import { formatDate, formatTime } from '../client/format.ts'
import { lang, restoreLang, t, type MessageKey } from '../client/i18n/index.ts'
import { useMinuteClock } from '../client/useMinuteClock.ts'
import { FairIcon, JobIcon, PolicyIcon, TouchIcon } from './icons.tsx'
import './KioskHome.css'

interface Props {
  /** The bureau's name from the hub's settings; a generic name until the kiosk is paired. */
  bureauName?: string
  hotline: string
}

export default function KioskHome({ bureauName, hotline }: Props) {
  const now = useMinuteClock()
  // A key, not text, so the notice follows a change of language.
  const [notice, setNotice] = useState<MessageKey | null>(null)
  useEffect(restoreLang, [])

  const features = [
    { icon: <JobIcon />, label: t('kiosk.featureJobs') },
    { icon: <FairIcon />, label: t('kiosk.featureFairs') },
    { icon: <PolicyIcon />, label: t('kiosk.featurePolicies') },
  ]

  return (
    <div class="kiosk">
      <header class="kiosk__header">
        <div class="kiosk__bureau">
          <p class="kiosk__bureau-name">{bureauName ?? t('common.bureauDefault')}</p>
          <p class="kiosk__service">{t('common.serviceName')}</p>
        </div>
        <div class="kiosk__header-side">
          <p class="kiosk__clock">
            <span class="kiosk__time">{now ? formatTime(now, lang.value) : ''}</span>
            <span class="kiosk__date">{now ? formatDate(now, lang.value, { weekday: true }) : ''}</span>
          </p>
          <LanguageToggle />
        </div>
      </header>

      <main class="kiosk__main">
        <h1 class="kiosk__welcome">{t('kiosk.welcome')}</h1>
        <button type="button" class="kiosk__start" onClick={() => setNotice('kiosk.comingSoon')}>
          <TouchIcon />
          <span>{t('kiosk.touchToStart')}</span>
        </button>
        <p class="kiosk__notice" role="status">
          {notice && t(notice)}
        </p>
        <p class="kiosk__hint">{t('kiosk.noTyping')}</p>
        <ul class="kiosk__features">
          {features.map((f) => (
            <li key={f.label} class="kiosk__feature">
              {f.icon}
              <span>{f.label}</span>
            </li>
          ))}
        </ul>
      </main>

      <footer class="kiosk__footer">
        <p>{t('common.hotline', { phone: hotline })}</p>
        <p class="kiosk__free">{t('common.free')}</p>
      </footer>
    </div>
  )
}
