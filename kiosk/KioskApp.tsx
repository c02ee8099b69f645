// The kiosk: one island that starts the device link and shows the view the visitor is on, inside the
// frame every screen shares (tools on top, back and home at the bottom), with the layers that can
// appear over anything: urgent broadcasts, the offline line, the idle countdown and "identify".
import './messages.ts'
import { useEffect } from 'preact/hooks'
import { registerOfflineShell, startDeviceLink } from '../client/device/index.ts'
import { restoreLang } from '../client/i18n/index.ts'
import { Attract } from './attract/Attract.tsx'
import { Pairing } from './attract/Pairing.tsx'
import { JobDetail } from './detail/JobDetail.tsx'
import { FairDetail } from './fairs/FairDetail.tsx'
import { FairList } from './fairs/FairList.tsx'
import { Home } from './home/Home.tsx'
import { JobList } from './jobs/JobList.tsx'
import { Policies } from './policies/Policies.tsx'
import { Register } from './register/Register.tsx'
import { Broadcasts, OfflineBanner } from './shared/Banners.tsx'
import { NavBar, TopBar } from './shared/Bars.tsx'
import { IdentifyOverlay, IdleCountdown } from './shared/Overlays.tsx'
import { watchIdle } from './state/idle.ts'
import { endSession, link, view, type View } from './state/store.ts'
import './kiosk.css'

const APP = 'kiosk/1'

function Current({ v }: { v: View }) {
  switch (v.name) {
    case 'home':
      return <Home />
    case 'jobs':
      return <JobList view={v} />
    case 'job':
      return <JobDetail key={v.id} id={v.id} />
    case 'register':
      return <Register target={v.target} />
    case 'fairs':
      return <FairList />
    case 'fair':
      return <FairDetail key={v.id} id={v.id} />
    case 'policies':
      return <Policies />
    default:
      return null
  }
}

export default function KioskApp() {
  useEffect(() => {
    restoreLang()
    const started = startDeviceLink({ kind: 'kiosk', app: APP })
    link.value = started
    registerOfflineShell()
    const stopIdle = watchIdle(
      () => view.value.name !== 'attract',
      () => endSession(started.device.value?.config.lang),
    )
    return () => {
      stopIdle()
      started.stop()
    }
  }, [])

  const l = link.value
  const v = view.value
  if (l?.phase.value === 'pairing') return <Pairing code={l.pairingCode.value} />

  return (
    <>
      {v.name === 'attract' ? (
        <>
          <Broadcasts />
          <Attract />
        </>
      ) : (
        <div class="shell">
          {/* In the flow, not over it: a notice staff leave up for hours must not hide the tools. */}
          <Broadcasts />
          <TopBar />
          <OfflineBanner />
          {/* The key makes each view start at its top, and read-aloud find the right card. */}
          <main class="view" key={v.name}>
            <Current v={v} />
          </main>
          <NavBar />
        </div>
      )}
      <IdleCountdown />
      <IdentifyOverlay />
    </>
  )
}
